package com.medondoor.live;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Component
public class LiveRouter {

    private final LiveHandler live;

    LiveRouter(LiveHandler live) {
        this.live = live;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/api/jobs/stream", live::jobs)
                .GET("/api/bookings/stream", live::bookings)
                .GET("/api/me/stream", live::account)
                .GET("/api/admin/bookings/stream", live::platformBookings)
                .build();
    }
}
