package com.medondoor.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class AuthRouter {

    @Bean
    RouterFunction<ServerResponse> authRoutes(AuthHandler auth) {
        return RouterFunctions.route()
                .POST("/api/auth/register", auth::register)
                .POST("/api/auth/login", auth::login)
                .POST("/api/auth/logout", auth::logout)
                .GET("/api/me", auth::me)
                .build();
    }
}
