package com.medondoor.system.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.Replica;
import com.medondoor.account.ServiceType;
import com.medondoor.system.outage.JobStreamWatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replica shutting down while a provider's stream is open and a claim is in flight: the stream
 * ends at once with a retry hint, the claim finishes, and the replica is gone well within its
 * grace period. The claim is held in flight by a row lock the test takes and releases.
 */
class GracefulShutdownIntegrationTests extends IntegrationTest {

    private static final Duration GRACE = Duration.ofSeconds(20);

    @Autowired
    private Environment environment;

    @Autowired
    private DatabaseClient db;

    @Test
    void shutdownEndsStreamsWithRetryHintAndLetsInFlightRequestsFinish() throws Exception {
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        Replica replica = Replica.beside(environment, Map.of("medondoor.live.retry", "4s",
                "spring.lifecycle.timeout-per-shutdown-phase", GRACE.toSeconds() + "s"));
        CompletableFuture<Void> closed = null;
        try (Connection lock = DriverManager.getConnection(environment.getProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"));
                JobStreamWatch stream = new JobStreamWatch(replica.port(), nurse)) {
            assertThat(stream.await("snapshot", Duration.ofSeconds(10))).as("snapshot on the replica").isNotNull();
            lockRow(lock, booking);
            CompletableFuture<Integer> claim = WebClient.create("http://localhost:" + replica.port())
                    .post().uri("/api/jobs/" + booking + "/claim").headers(h -> h.setBearerAuth(nurse.token()))
                    .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
                    .toFuture();
            awaitClaimWaitingForLock();

            long start = System.nanoTime();
            closed = CompletableFuture.runAsync(replica::close);
            ServerSentEvent<String> last = stream.awaitEnd(Duration.ofSeconds(5));
            assertThat(stream.failure()).as("how the stream ended").isNull();
            assertThat(last.retry()).as("retry hint of the stream's last event, of " + stream.received()).isEqualTo(Duration.ofSeconds(4));
            assertThat(last.comment()).as("comment of the stream's last event").isEqualTo("shutdown");
            assertThat(closed).as("shutdown while the claim is still in flight").isNotDone();

            lock.commit();
            assertThat(claim.get(10, TimeUnit.SECONDS)).as("status of the claim in flight at shutdown").isEqualTo(200);
            closed.get(GRACE.toSeconds(), TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time the replica took to shut down")
                    .isLessThan(GRACE.dividedBy(2));
        }
        finally {
            if (closed == null) {
                replica.close();
            }
        }
        assertThat(db.sql("SELECT status FROM bookings WHERE id = :id").bind("id", booking)
                .map(row -> row.get("status", String.class)).one().block(Duration.ofSeconds(5)))
                .as("status of the booking claimed during shutdown").isEqualTo("ACCEPTED");
    }

    private static void lockRow(Connection connection, UUID booking) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM bookings WHERE id = ? FOR UPDATE")) {
            select.setObject(1, booking);
            select.executeQuery().close();
        }
    }

    /** Waits until a statement of this database is waiting for a lock: the claim has reached the row. */
    private void awaitClaimWaitingForLock() {
        await("the claim waiting for the row lock").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> db.sql("""
                        SELECT count(*) AS waiting FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock'
                        """).map(row -> row.get("waiting", Long.class)).one().block(Duration.ofSeconds(10)),
                        waiting -> waiting > 0);
    }
}
