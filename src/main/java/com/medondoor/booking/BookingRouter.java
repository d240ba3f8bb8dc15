package com.medondoor.booking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class BookingRouter {

    @Bean
    RouterFunction<ServerResponse> bookingRoutes(BookingHandler bookings) {
        return RouterFunctions.route()
                .POST("/api/bookings", bookings::create)
                .GET("/api/bookings", bookings::list)
                .GET("/api/bookings/{id}", bookings::get)
                .POST("/api/bookings/{id}/cancel", bookings::cancel)
                .build();
    }
}
