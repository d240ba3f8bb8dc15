package com.medondoor.admin;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The administrators' console: other administrators, providers' verification, bookings across the platform,
 * the audit log. ADMIN only.
 */
@Component
public class AdminRouter {

    private final AdminHandler admin;
    private final AdminBookingHandler bookings;

    AdminRouter(AdminHandler admin, AdminBookingHandler bookings) {
        this.admin = admin;
        this.bookings = bookings;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/api/admin/admins", admin::createAdmin)
                .GET("/api/admin/providers", admin::providers)
                .GET("/api/admin/providers/{id}", admin::provider)
                .POST("/api/admin/providers/{id}/approve", admin::approve)
                .POST("/api/admin/providers/{id}/reject", admin::reject)
                .POST("/api/admin/providers/{id}/suspend", admin::suspend)
                .POST("/api/admin/providers/{id}/reinstate", admin::reinstate)
                .GET("/api/admin/bookings", bookings::bookings)
                .GET("/api/admin/bookings/waiting", bookings::waiting)
                .GET("/api/admin/bookings/overdue", bookings::overdue)
                .POST("/api/admin/bookings/{id}/release", bookings::releaseOverdue)
                .POST("/api/admin/bookings/{id}/cancel", bookings::cancelOverdue)
                .GET("/api/admin/bookings/{id}", bookings::booking)
                .GET("/api/admin/audit", admin::audit)
                .build();
    }
}
