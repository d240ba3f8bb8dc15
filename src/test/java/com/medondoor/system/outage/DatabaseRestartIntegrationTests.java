package com.medondoor.system.outage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.medondoor.Api;
import com.medondoor.Replica;
import com.medondoor.account.ServiceType;
import com.medondoor.system.deploy.Probes;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops and comes back on the same port with the same data, under a replica of the
 * service: meanwhile every request, logins included, is a quick 503 and the replica is not ready (but
 * live); then logins work again within two seconds, it is ready again, its LISTEN connection is back,
 * and nothing was lost or done twice. The ten-second
 * outage under load is tagged {@code long} and runs with {@code ./mvnw verify -Plong-tests}.
 */
class DatabaseRestartIntegrationTests {

    private static final Duration QUICK = Duration.ofSeconds(3);

    @TempDir
    private Path dataDirectory;

    private RestartablePostgres postgres;
    private Replica replica;
    private WebTestClient http;
    private Api accounts;

    @BeforeEach
    void startDatabaseAndReplica() throws Exception {
        postgres = RestartablePostgres.start(dataDirectory);
        Map<String, Object> settings = new HashMap<>(postgres.replicaSettings());
        settings.put("medondoor.live.listener-max-backoff", "1s");
        // All the load comes from one address: wrong passwords in it must not lock the client out.
        settings.put("medondoor.security.login.client-failures", "100000");
        // Every nurse of the load claims every booking: they race for bookings, not for their own capacity.
        settings.put("medondoor.duty.capacity.nurse-visit", String.valueOf(BookingLoad.CAPACITY_NOT_REACHED));
        replica = Replica.start(settings);
        http = replica.client(Duration.ofSeconds(10));
        accounts = Api.on(http);
    }

    @AfterEach
    void stopReplicaAndDatabase() throws Exception {
        replica.close();
        postgres.close();
    }

    @Test
    void databaseStoppedThenQuick503sAndNotReadyThenRecoversAfterRestart() throws Exception {
        Api.Account patient = accounts.patient();
        Api.Account nurse = accounts.provider(ServiceType.NURSE_VISIT);
        Probes probes = new Probes(http);
        probes.awaitReadiness(200, Duration.ofSeconds(10));
        double reconnectsBefore = reconnects();

        try (JobStreamWatch stream = new JobStreamWatch(replica.port(), nurse)) {
            assertThat(stream.await("snapshot", Duration.ofSeconds(10))).as("snapshot before the outage").isNotNull();
            postgres.stop();

            probes.expectUnavailableQuickly(http.get().uri("/api/bookings").headers(h -> h.setBearerAuth(patient.token())));
            probes.expectUnavailableQuickly(book(patient, "during-outage"));
            probes.expectUnavailableQuickly(logIn(patient));
            assertThat(probes.readiness()).as("readiness status while the database is down").isEqualTo(503);
            assertThat(probes.liveness()).as("liveness status while the database is down").isEqualTo(200);

            postgres.start();
            long back = System.nanoTime();
            // Errors the replica's threads hand to the uncaught-exception handler in an outage are not this wait's.
            await("a login after the database's return").atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).dontCatchUncaughtExceptions()
                    .until(() -> logIn(patient).exchange().returnResult(String.class).getStatus().value(),
                            status -> status == 200);
            assertThat(Duration.ofNanos(System.nanoTime() - back)).as("time from the database's return to a login")
                    .isLessThan(Duration.ofSeconds(2));
            probes.awaitReadiness(200, Duration.ofSeconds(20));
            assertThat(reconnects()).as("LISTEN reconnections after the restart").isGreaterThan(reconnectsBefore);
            String id = (String) book(patient, "during-outage").exchange().expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("id");
            book(patient, "during-outage").exchange().expectStatus().isCreated()
                    .expectHeader().valueEquals("Idempotent-Replayed", "true");
            assertThat(stream.awaitAvailable(UUID.fromString(id), Duration.ofSeconds(15)))
                    .as("job.available on the stream opened before the outage").isNotNull();
        }
        assertThat(bookingsOf(patient.id())).as("bookings after a retried request").isEqualTo(1);
    }

    @Test
    @Tag("long")
    void databaseGoneForTenSecondsUnderLoadThenNothingLostOrDoubled() throws Exception {
        List<Api.Account> patients = IntStream.range(0, 3).mapToObj(i -> accounts.patient()).toList();
        List<Api.Account> nurses = IntStream.range(0, 3).mapToObj(i -> accounts.provider(ServiceType.NURSE_VISIT)).toList();
        double reconnectsBefore = reconnects();
        int rounds = 12;

        try (JobStreamWatch stream = new JobStreamWatch(replica.port(), nurses.get(0));
                BookingLoad load = new BookingLoad(replica.port())) {
            assertThat(stream.await("snapshot", Duration.ofSeconds(10))).as("snapshot before the outage").isNotNull();
            Sinks.Empty<Void> stopLogins = Sinks.empty();
            var loggingIn = load.logIns(patients, stopLogins.asMono()).toFuture();
            var running = load.run(patients, nurses, rounds).toFuture();
            load.progress().filter(booked -> booked >= 6).next().block(Duration.ofSeconds(60));
            postgres.stop();
            Thread.sleep(10_000); // the outage itself, not a wait for something to happen
            postgres.start();
            long back = System.nanoTime();
            running.join();
            // Logins go on for a while after the database's return: the time they take to come back is measured.
            Thread.sleep(Math.max(0, Duration.ofNanos(back - System.nanoTime()).plusSeconds(4).toMillis()));
            stopLogins.tryEmitEmpty();
            loggingIn.join();

            LoadChecks.answeredQuickly(load, QUICK);
            LoadChecks.loginsBackWithin(load, back, Duration.ofSeconds(2));
            assertThat(load.outcomes()).as("answers to logins during the outage")
                    .anyMatch(outcome -> outcome.isLogin() && outcome.status() == 503);
            assertThat(load.outcomes()).as("answers during the outage").anyMatch(outcome -> outcome.status() == 503);
            DatabaseClient db = replica.bean(DatabaseClient.class);
            LoadChecks.eachKeyBookedOnce(db, load, patients.stream().map(Api.Account::id).toList(), rounds);
            LoadChecks.oneWinnerPerBooking(db, load);
            new Probes(http).awaitReadiness(200, Duration.ofSeconds(20));
            UUID afterwards = UUID.fromString((String) book(accounts.patient(), "after").exchange()
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
            assertThat(stream.awaitAvailable(afterwards, Duration.ofSeconds(15)))
                    .as("job.available on the stream opened before the outage").isNotNull();
        }
        assertThat(reconnects()).as("LISTEN reconnections after the restart").isGreaterThan(reconnectsBefore);
    }

    private WebTestClient.RequestHeadersSpec<?> logIn(Api.Account account) {
        return http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", account.email(), "password", Api.PASSWORD));
    }

    private WebTestClient.RequestHeadersSpec<?> book(Api.Account patient, String key) {
        return http.post().uri("/api/bookings").headers(h -> {
            h.setBearerAuth(patient.token());
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(Api.booking(ServiceType.NURSE_VISIT));
    }

    private double reconnects() {
        return replica.bean(MeterRegistry.class).get("medondoor.live.listener.reconnects").counter().count();
    }

    private long bookingsOf(UUID patient) {
        return replica.bean(DatabaseClient.class).sql("SELECT count(*) AS n FROM bookings WHERE patient_id = :p")
                .bind("p", patient).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
    }
}
