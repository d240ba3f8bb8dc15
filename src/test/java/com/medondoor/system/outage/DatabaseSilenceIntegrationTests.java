package com.medondoor.system.outage;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.Replica;
import com.medondoor.TestDatabase;
import com.medondoor.account.ServiceType;
import com.medondoor.system.deploy.Probes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network to the database falls silent, with no error, as in a partition: statements already
 * sent and connections being opened wait for answers that never come. Requests are still answered,
 * 503 within {@code medondoor.request-timeout} (3 s here). Then the database is reachable again, but
 * every connection opened before stays silent for good (a failover): the replica recovers by itself.
 */
class DatabaseSilenceIntegrationTests {

    private static final Duration DEADLINE = Duration.ofSeconds(3);

    private String database;
    private SilentNetwork network;
    private Replica replica;
    private WebTestClient http;

    @BeforeEach
    void startReplicaBehindTheNetwork() throws Exception {
        database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        network = new SilentNetwork(server.host(), server.port());
        replica = Replica.start(Map.of(
                "spring.r2dbc.url", "r2dbc:postgresql://localhost:" + network.port() + "/" + database,
                "spring.r2dbc.username", server.user(), "spring.r2dbc.password", server.password(),
                "spring.flyway.url", server.jdbcUrl(database), "spring.flyway.user", server.user(),
                "spring.flyway.password", server.password(),
                "medondoor.request-timeout", DEADLINE.toSeconds() + "s",
                "medondoor.live.listener-check-interval", "1s", "medondoor.live.listener-check-timeout", "500ms",
                "medondoor.live.listener-max-backoff", "1s"));
        http = replica.client(Duration.ofSeconds(20));
    }

    @AfterEach
    void stopReplica() throws Exception {
        replica.close();
        network.close();
        TestDatabase.drop(database);
    }

    @Test
    void databaseFallsSilentThenRequestsAnswered503ByTheDeadlineThenRecoveryAfterFailover() {
        Api accounts = Api.on(http);
        Api.Account patient = accounts.patient();
        Api.Account nurse = accounts.provider(ServiceType.NURSE_VISIT);
        Probes probes = new Probes(http);
        probes.awaitReadiness(200, Duration.ofSeconds(10));

        try (JobStreamWatch stream = new JobStreamWatch(replica.port(), nurse)) {
            assertThat(stream.await("snapshot", Duration.ofSeconds(10))).as("snapshot before the silence").isNotNull();
            network.silence();

            Duration margin = DEADLINE.plusSeconds(2);
            probes.expectUnavailableWithin(http.get().uri("/api/bookings").headers(h -> h.setBearerAuth(patient.token())),
                    margin);
            probes.expectUnavailableWithin(book(patient), margin);
            assertThat(probes.liveness()).as("liveness status while the database is silent").isEqualTo(200);
            assertThat(probes.readiness()).as("readiness status while the database is silent").isEqualTo(503);

            network.failover();
            probes.awaitReadiness(200, Duration.ofSeconds(20));
            UUID booking = UUID.fromString((String) book(patient).exchange().expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("id"));
            assertThat(stream.awaitAvailable(booking, Duration.ofSeconds(15)))
                    .as("job.available on the stream opened before the silence").isNotNull();
        }
    }

    private WebTestClient.RequestHeadersSpec<?> book(Api.Account patient) {
        return http.post().uri("/api/bookings").headers(h -> {
            h.setBearerAuth(patient.token());
            h.set("Idempotency-Key", "silent-network");
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Api.booking(ServiceType.NURSE_VISIT));
    }
}
