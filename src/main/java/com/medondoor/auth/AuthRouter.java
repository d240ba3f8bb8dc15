package com.medondoor.auth;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Component
public class AuthRouter {

    private final AuthHandler auth;

    AuthRouter(AuthHandler auth) {
        this.auth = auth;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/api/auth/register", auth::register)
                .POST("/api/auth/login", auth::login)
                .POST("/api/auth/refresh", auth::refresh)
                .POST("/api/auth/logout", auth::logout)
                .GET("/api/me", auth::me)
                .PUT("/api/me/professional", auth::resubmit)
                .build();
    }
}
