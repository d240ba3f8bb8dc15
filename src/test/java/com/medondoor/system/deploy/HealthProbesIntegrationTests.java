package com.medondoor.system.deploy;

import java.time.Duration;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kubernetes-style probes, reachable without a token. The LISTEN connection is reopened only after
 * two seconds here, so that the window in which it is down can be observed. The database being down
 * is in {@code system.outage.DatabaseRestartIntegrationTests}.
 */
@TestPropertySource(properties = {"medondoor.live.listener-min-backoff=2s", "medondoor.live.listener-max-backoff=2s"})
@DirtiesContext
class HealthProbesIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Test
    void livenessAndReadinessUpWithoutToken() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        awaitReadiness(200, Duration.ofSeconds(10));
        http.get().uri("/actuator/health/readiness").exchange()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void listenConnectionLostThenNotReadyButLiveUntilItIsBack() {
        awaitReadiness(200, Duration.ofSeconds(10));

        long terminated = db.sql("""
                SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
                 WHERE application_name = 'medondoor-listener' AND datname = current_database()
                """).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
        assertThat(terminated).as("LISTEN connections terminated").isEqualTo(1);

        awaitReadiness(503, Duration.ofSeconds(5));
        http.get().uri("/actuator/health/readiness").exchange()
                .expectBody().jsonPath("$.status").isEqualTo("DOWN");
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        awaitReadiness(200, Duration.ofSeconds(10));
    }

    private void awaitReadiness(int status, Duration timeout) {
        new Probes(http).awaitReadiness(status, timeout);
    }
}
