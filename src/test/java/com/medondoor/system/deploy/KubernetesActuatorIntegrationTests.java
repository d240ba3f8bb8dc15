package com.medondoor.system.deploy;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Actuator as it runs on Kubernetes (application.yml's {@code on-cloud-platform: kubernetes} part, here
 * on a random management port): Prometheus' scrape on the management port only, the probes on the main
 * port, and the service's own figures in the scrape.
 */
@TestPropertySource(properties = {"spring.main.cloud-platform=kubernetes", "management.server.port=0"})
@DirtiesContext
class KubernetesActuatorIntegrationTests extends IntegrationTest {

    @LocalManagementPort
    private int managementPort;

    private WebTestClient management;

    @BeforeEach
    void managementClient() {
        management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    @Test
    void prometheusScrapeOnManagementPortAndNotOnMainPort() {
        http.get().uri("/api/me").exchange().expectStatus().isUnauthorized();

        String scrape = scrape();
        assertThat(scrape).as("HTTP latency histogram in the scrape")
                .contains("http_server_requests_seconds_bucket{");
        assertThat(scrape).as("open streams gauge in the scrape").contains("medondoor_live_streams ");
        assertThat(scrape).as("LISTEN reconnects in the scrape").contains("medondoor_live_listener_reconnects_total");

        assertThat(managementPort).as("Actuator on a port of its own").isNotZero();
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().value(status -> assertThat(status).as("main port's answer to a scrape")
                        .isIn(HttpStatus.FORBIDDEN.value(), HttpStatus.UNAUTHORIZED.value(), HttpStatus.NOT_FOUND.value()))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void probesOnMainPortAndHealthOnManagementPort() {
        for (String probe : new String[] {"/livez", "/readyz"}) {
            awaitOk(http, probe);
            http.get().uri(probe).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
        awaitOk(management, "/actuator/health/readiness");
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void claimTwiceThenOneWonAndOneConflict() {
        double won = claims("won");
        double conflicts = claims("conflict");
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);

        api().claim(api().provider(ServiceType.NURSE_VISIT), booking);
        api().post("/api/jobs/" + booking + "/claim", api().provider(ServiceType.NURSE_VISIT), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);

        assertThat(claims("won") - won).as("claims won").isEqualTo(1.0);
        assertThat(claims("conflict") - conflicts).as("claims that found the job taken").isEqualTo(1.0);
    }

    @Test
    void eventFannedOutThenLagRecorded() {
        double before = value(scrape(), "medondoor_live_fanout_lag_seconds_count");
        api().book(api().patient(), ServiceType.MEDICINE_DELIVERY);

        await("the fan-out lag recorded").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> value(scrape(), "medondoor_live_fanout_lag_seconds_count"), count -> count > before);
        assertThat(scrape()).as("lag histogram buckets for percentiles across replicas")
                .contains("medondoor_live_fanout_lag_seconds_bucket{");
    }

    private double claims(String outcome) {
        return value(scrape(), "medondoor_claims_total{outcome=\"" + outcome + "\"}");
    }

    private String scrape() {
        return management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** The value of one series in a scrape; 0 when the series is not there yet. */
    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static void awaitOk(WebTestClient client, String path) {
        await(path + " answering 200").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> client.get().uri(path).exchange().returnResult(String.class).getStatus().value(),
                        status -> status == 200);
    }
}
