package com.medondoor.job;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Component
public class JobRouter {

    private final JobHandler jobs;

    JobRouter(JobHandler jobs) {
        this.jobs = jobs;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/api/jobs/available", jobs::available)
                .GET("/api/jobs/mine", jobs::mine)
                .POST("/api/jobs/{id}/claim", jobs::claim)
                .POST("/api/jobs/{id}/complete", jobs::complete)
                .build();
    }
}
