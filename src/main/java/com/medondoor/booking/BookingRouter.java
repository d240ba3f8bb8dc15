package com.medondoor.booking;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Component
public class BookingRouter {

    private final BookingHandler bookings;

    BookingRouter(BookingHandler bookings) {
        this.bookings = bookings;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/api/bookings", bookings::create)
                .GET("/api/bookings", bookings::list)
                .GET("/api/bookings/{id}", bookings::get)
                .GET("/api/bookings/{id}/steps", bookings::steps)
                .POST("/api/bookings/{id}/cancel", bookings::cancel)
                .build();
    }
}
