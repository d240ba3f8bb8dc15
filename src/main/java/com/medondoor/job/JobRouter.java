package com.medondoor.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class JobRouter {

    @Bean
    RouterFunction<ServerResponse> jobRoutes(JobHandler jobs) {
        return RouterFunctions.route()
                .GET("/api/jobs/available", jobs::available)
                .GET("/api/jobs/mine", jobs::mine)
                .POST("/api/jobs/{id}/claim", jobs::claim)
                .POST("/api/jobs/{id}/complete", jobs::complete)
                .build();
    }
}
