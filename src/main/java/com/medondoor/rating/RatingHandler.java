package com.medondoor.rating;

import com.medondoor.account.CurrentUser;
import com.medondoor.system.Ids;
import com.medondoor.system.PageRequest;
import com.medondoor.system.RequestBodies;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class RatingHandler {

    private final RatingService ratings;
    private final RequestBodies bodies;

    RatingHandler(RatingService ratings, RequestBodies bodies) {
        this.ratings = ratings;
        this.bodies = bodies;
    }

    Mono<ServerResponse> rate(ServerRequest request) {
        return CurrentUser.of(request)
                .zipWith(bodies.read(request, RateRequest.class))
                .flatMap(it -> ratings.rate(Ids.pathId(request), it.getT1().id(), it.getT2()))
                .flatMap(rating -> ServerResponse.status(HttpStatus.CREATED).bodyValue(rating));
    }

    Mono<ServerResponse> ofProvider(ServerRequest request) {
        return Mono.fromSupplier(() -> Ids.pathId(request))
                .flatMap(provider -> ratings.ofProvider(provider, PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }
}
