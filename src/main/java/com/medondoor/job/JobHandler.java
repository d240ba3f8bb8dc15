package com.medondoor.job;

import java.util.Set;

import com.medondoor.account.CurrentUser;
import com.medondoor.booking.BookingStatus;
import com.medondoor.system.Ids;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class JobHandler {

    private static final Set<String> PROVIDER_STATUSES = Set.of("ACCEPTED", "COMPLETED");

    private final JobService jobs;

    JobHandler(JobService jobs) {
        this.jobs = jobs;
    }

    Mono<ServerResponse> available(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.list(caller.id(), PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }

    Mono<ServerResponse> mine(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.mine(caller.id(), status(request), PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }

    Mono<ServerResponse> claim(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.claim(Ids.pathId(request), caller.id()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    Mono<ServerResponse> complete(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.complete(Ids.pathId(request), caller.id()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    private static BookingStatus status(ServerRequest request) {
        String status = request.queryParam("status").orElse("ACCEPTED");
        if (!PROVIDER_STATUSES.contains(status)) {
            throw InvalidRequest.of("status", "must be ACCEPTED or COMPLETED");
        }
        return BookingStatus.valueOf(status);
    }
}
