package com.medondoor.job;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Component
public class JobRouter {

    private final JobHandler jobs;
    private final DutyHandler duty;

    JobRouter(JobHandler jobs, DutyHandler duty) {
        this.jobs = jobs;
        this.duty = duty;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/api/jobs/available", jobs::available)
                .GET("/api/jobs/mine", jobs::mine)
                .GET("/api/jobs/duty", duty::get)
                .PUT("/api/jobs/duty", duty::put)
                .POST("/api/jobs/{id}/claim", jobs::claim)
                .POST("/api/jobs/{id}/en-route", jobs::setOff)
                .POST("/api/jobs/{id}/arrive", jobs::arrive)
                .POST("/api/jobs/{id}/complete", jobs::complete)
                .POST("/api/jobs/{id}/release", jobs::release)
                .build();
    }
}
