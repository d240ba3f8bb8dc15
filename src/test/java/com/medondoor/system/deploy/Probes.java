package com.medondoor.system.deploy;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The health probes of one running service, and what an unavailable service must answer. */
public final class Probes {

    private static final Duration QUICK = Duration.ofSeconds(3);

    private final WebTestClient http;

    public Probes(WebTestClient http) {
        this.http = http;
    }

    public int readiness() {
        return status("/actuator/health/readiness");
    }

    public int liveness() {
        return status("/actuator/health/liveness");
    }

    /**
     * Polls the readiness probe until it answers this status. Used around outages, where the service's
     * threads may hand an error to the uncaught-exception handler: that is theirs to log, not this wait's.
     */
    public void awaitReadiness(int status, Duration timeout) {
        await("readiness answering " + status).atMost(timeout)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).dontCatchUncaughtExceptions()
                .until(this::readiness, answered -> answered == status);
    }

    /** Expects a 503 problem with Retry-After, within a few seconds. */
    public void expectUnavailableQuickly(WebTestClient.RequestHeadersSpec<?> request) {
        expectUnavailableWithin(request, QUICK);
    }

    /** Expects a 503 problem with Retry-After, within this time. */
    public void expectUnavailableWithin(WebTestClient.RequestHeadersSpec<?> request, Duration limit) {
        long start = System.nanoTime();
        request.exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
                .expectBody().jsonPath("$.status").isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer 503").isLessThan(limit);
    }

    /** The body is released unread: left unread, it would hold a Netty buffer until garbage-collected. */
    private int status(String path) {
        return http.get().uri(path).exchange().returnResult(Void.class).getStatus().value();
    }
}
