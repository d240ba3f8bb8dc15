package com.medondoor.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class LiveRouter {

    /** Ahead of the other routers, so that {@code /api/bookings/stream} is not read as a booking id. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> liveRoutes(LiveHandler live) {
        return RouterFunctions.route()
                .GET("/api/jobs/stream", live::jobs)
                .GET("/api/bookings/stream", live::bookings)
                .build();
    }
}
