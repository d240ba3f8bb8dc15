package com.medondoor.rating;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Component
public class RatingRouter {

    private final RatingHandler ratings;

    RatingRouter(RatingHandler ratings) {
        this.ratings = ratings;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/api/bookings/{id}/rating", ratings::rate)
                .GET("/api/providers/{id}/ratings", ratings::ofProvider)
                .build();
    }
}
