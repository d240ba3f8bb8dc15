package com.medondoor.job;

import com.medondoor.account.CurrentUser;
import com.medondoor.system.RequestBodies;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class DutyHandler {

    private final Duties duties;
    private final RequestBodies bodies;

    DutyHandler(Duties duties, RequestBodies bodies) {
        this.duties = duties;
        this.bodies = bodies;
    }

    Mono<ServerResponse> get(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> duties.of(caller.id()))
                .flatMap(duty -> ServerResponse.ok().bodyValue(duty));
    }

    Mono<ServerResponse> put(ServerRequest request) {
        return CurrentUser.of(request)
                .zipWith(bodies.read(request, DutyRequest.class))
                .flatMap(it -> duties.set(it.getT1().id(), it.getT2().onDuty()))
                .flatMap(duty -> ServerResponse.ok().bodyValue(duty));
    }
}
