package com.medondoor.rating;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class RatingRouter {

    @Bean
    RouterFunction<ServerResponse> ratingRoutes(RatingHandler ratings) {
        return RouterFunctions.route()
                .POST("/api/bookings/{id}/rating", ratings::rate)
                .GET("/api/providers/{id}/ratings", ratings::ofProvider)
                .build();
    }
}
