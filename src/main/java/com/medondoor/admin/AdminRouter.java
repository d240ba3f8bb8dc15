package com.medondoor.admin;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The administrators' console: other administrators, providers' verification, the audit log. ADMIN only. */
@Component
public class AdminRouter {

    private final AdminHandler admin;

    AdminRouter(AdminHandler admin) {
        this.admin = admin;
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
                .GET("/api/admin/audit", admin::audit)
                .build();
    }
}
