package com.medondoor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.booking.BookingStatus;
import com.medondoor.job.JobRepository.Claim;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A claim and the claimer's suspension at the same moment, made to overlap every time. Whichever starts
 * first, no suspended provider keeps a job: a claim under way when the suspension comes is waited for and
 * its job released with the others; a claim that comes while the suspension is under way waits for it
 * and is refused.
 */
class SuspensionRaceIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private JobRepository jobs;

    @Autowired
    private ConnectionFactory connections;

    @Autowired
    private DatabaseClient db;

    private Api.Account admin;
    private Api.Account nurse;
    private UUID booking;

    @BeforeEach
    void pendingBooking() {
        admin = api().admin();
        nurse = api().provider(ServiceType.NURSE_VISIT);
        booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
    }

    @Test
    void claimUnderWayWhenSuspendedThenTheSuspensionWaitsAndReleasesThatJobToo() {
        // The claim gets as far as the booking's row, held by another transaction: past its check of the nurse.
        Connection holder = hold("SELECT id FROM bookings WHERE id = '" + booking + "' FOR UPDATE");
        CompletableFuture<Claim> claim = jobs.claim(booking, nurse.id()).toFuture();
        awaitWaiting(1);
        CompletableFuture<Integer> suspension = CompletableFuture.supplyAsync(() -> api().post(
                "/api/admin/providers/" + nurse.id() + "/suspend", admin, Map.of("reason", "Complaint"))
                .expectBody().returnResult().getStatus().value());
        awaitWaiting(2);

        end(holder);

        assertThat(claim.join()).as("the claim, which was under way first").isInstanceOf(Claim.Won.class);
        assertThat(suspension.join()).as("the suspension's status").isEqualTo(200);
        assertThat(bookingNow()).as("the booking after both").isEqualTo("PENDING null");
        assertThat(events()).as("the booking's events after both").containsExactly(
                "PENDING " + patientOf() + " null null",
                "ACCEPTED " + nurse.id() + " " + nurse.id() + " null",
                "PENDING " + admin.id() + " null PROVIDER_SUSPENDED");
    }

    @Test
    void claimWhileTheSuspensionIsUnderWayThenItWaitsAndIsRefusedAsNotVerified() {
        Connection suspension = hold("UPDATE users SET verification = 'SUSPENDED' WHERE id = '" + nurse.id() + "'");
        CompletableFuture<Claim> claim = jobs.claim(booking, nurse.id()).toFuture();
        awaitWaiting(1);

        end(suspension);

        assertThat(claim.join()).as("a claim that waited for the suspension to commit")
                .isInstanceOf(Claim.Refused.class).extracting("currentStatus", "visible", "claimer")
                .containsExactly(BookingStatus.PENDING, true, Verification.SUSPENDED);
        assertThat(bookingNow()).as("the booking after the refused claim").isEqualTo("PENDING null");
    }

    /** Runs the statement in a transaction of its own, left open: its locks stay held. */
    private Connection hold(String sql) {
        Connection connection = Mono.from(connections.create()).block(TIMEOUT);
        Mono.from(connection.beginTransaction())
                .thenMany(Flux.from(connection.createStatement(sql).execute()).concatMap(result -> result.getRowsUpdated()))
                .then().block(TIMEOUT);
        return connection;
    }

    private void end(Connection transaction) {
        Mono.from(transaction.commitTransaction()).then(Mono.from(transaction.close())).block(TIMEOUT);
    }

    private void awaitWaiting(long statements) {
        await("%d statements waiting for a lock".formatted(statements)).atMost(TIMEOUT)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> db.sql("""
                        SELECT count(*) AS waiting FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock'
                        """)
                        .map(row -> row.get("waiting", Long.class)).one().block(TIMEOUT), waiting -> waiting >= statements);
    }

    private String bookingNow() {
        return db.sql("SELECT status, provider_id FROM bookings WHERE id = :id").bind("id", booking)
                .map(row -> row.get("status", String.class) + " " + row.get("provider_id", UUID.class)).one().block(TIMEOUT);
    }

    private UUID patientOf() {
        return db.sql("SELECT patient_id FROM bookings WHERE id = :id").bind("id", booking)
                .map(row -> row.get("patient_id", UUID.class)).one().block(TIMEOUT);
    }

    /** Status, actor, provider and reason of each of the booking's events, in order. */
    private List<String> events() {
        return db.sql("SELECT status, actor_id, provider_id, reason FROM booking_events WHERE booking_id = :id ORDER BY id")
                .bind("id", booking)
                .map(row -> row.get("status", String.class) + " " + row.get("actor_id", UUID.class) + " "
                        + row.get("provider_id", UUID.class) + " " + row.get("reason", String.class))
                .all().collectList().block(TIMEOUT);
    }
}
