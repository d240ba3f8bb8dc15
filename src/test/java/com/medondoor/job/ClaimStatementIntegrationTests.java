package com.medondoor.job;

import java.time.Duration;
import java.util.ArrayList;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The claim statement when it loses a race, made to happen every time: another transaction changes the
 * booking and holds its row; the claim starts, queues on the row lock, and only then does the other
 * transaction end. The claim must report the status that made it fail, which its statement's snapshot
 * (taken before the other transaction committed) does not show. A losing claim that raced nobody must
 * not write to the booking's row at all.
 */
class ClaimStatementIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private JobRepository jobs;

    @Autowired
    private ConnectionFactory connections;

    @Autowired
    private DatabaseClient db;

    private Api.Account patient;
    private Api.Account nurse;
    private Api.Account rival;
    private UUID booking;

    @BeforeEach
    void pendingBooking() {
        patient = api().patient();
        nurse = api().provider(ServiceType.NURSE_VISIT);
        rival = api().provider(ServiceType.NURSE_VISIT);
        booking = api().book(patient, ServiceType.NURSE_VISIT);
    }

    @Test
    void claimQueuedBehindAWinningClaimThenRefusedWithAccepted() {
        Connection other = changeAndHold(claimBy(rival));

        CompletableFuture<Claim> claim = claimOnceQueued();
        end(other, true);

        assertThat(claim.join()).as("a claim that waited for a rival's claim to commit")
                .isEqualTo(new Claim.Refused(BookingStatus.ACCEPTED, true, false, true, Verification.VERIFIED, true, true, 1));
        assertThat(providerOfBooking()).as("the rival keeps the booking").isEqualTo(rival.id());
    }

    @Test
    void claimQueuedBehindACancelThenRefusedWithCancelled() {
        Connection other = changeAndHold(List.of("UPDATE bookings SET status = 'CANCELLED' WHERE id = '%s'"
                .formatted(booking)));

        CompletableFuture<Claim> claim = claimOnceQueued();
        end(other, true);

        assertThat(claim.join()).as("a claim that waited for the patient's cancel to commit")
                .isEqualTo(new Claim.Refused(BookingStatus.CANCELLED, true, false, true, Verification.VERIFIED, true, true, 1));
    }

    @Test
    void claimQueuedBehindAClaimAndItsCompletionThenRefusedWithCompleted() {
        List<String> claimAndComplete = new ArrayList<>(claimBy(rival));
        for (String step : List.of("EN_ROUTE", "IN_PROGRESS", "COMPLETED")) {
            claimAndComplete.add("UPDATE bookings SET status = '%s' WHERE id = '%s'".formatted(step, booking));
        }
        Connection other = changeAndHold(claimAndComplete);

        CompletableFuture<Claim> claim = claimOnceQueued();
        end(other, true);

        assertThat(claim.join()).as("a claim that waited for a claim and its completion to commit")
                .isEqualTo(new Claim.Refused(BookingStatus.COMPLETED, true, false, true, Verification.VERIFIED, true, true, 1));
    }

    @Test
    void claimQueuedBehindAClaimThatRollsBackThenWins() {
        Connection other = changeAndHold(claimBy(rival));

        CompletableFuture<Claim> claim = claimOnceQueued();
        end(other, false);

        assertThat(claim.join()).as("a claim that waited for a rival's claim to roll back")
                .isInstanceOf(Claim.Won.class);
        assertThat(providerOfBooking()).as("the waiting claim got the booking").isEqualTo(nurse.id());
    }

    @Test
    void claimRefusedAfterTheWinnerCommittedThenTheRowIsNotWritten() {
        jobs.claim(booking, rival.id()).block(TIMEOUT);
        Map<String, Object> before = rowVersion();
        Map<String, Object> claimerBefore = claimerRowVersion();

        Claim refused = jobs.claim(booking, nurse.id()).block(TIMEOUT);

        assertThat(refused).as("a late claim").isEqualTo(new Claim.Refused(BookingStatus.ACCEPTED, true, false, true, Verification.VERIFIED, true, true, 1));
        assertThat(rowVersion()).as("the booking's row version and lock word after a losing claim: "
                + "no new version, no row lock").isEqualTo(before);
        assertThat(claimerRowVersion()).as("the claimer's account row after a losing claim: not even the share lock "
                + "a claim that may win takes on it").isEqualTo(claimerBefore);
    }

    private List<String> claimBy(Api.Account provider) {
        return List.of("UPDATE bookings SET status = 'ACCEPTED', provider_id = '%s' WHERE id = '%s'"
                .formatted(provider.id(), booking));
    }

    /** Runs these statements in a transaction of their own, left open: the booking's row stays locked. */
    private Connection changeAndHold(List<String> statements) {
        Connection connection = Mono.from(connections.create()).block(TIMEOUT);
        Mono.from(connection.beginTransaction())
                .thenMany(Flux.fromIterable(statements)
                        .concatMap(sql -> Flux.from(connection.createStatement(sql).execute())
                                .concatMap(result -> result.getRowsUpdated())))
                .then().block(TIMEOUT);
        return connection;
    }

    private void end(Connection transaction, boolean commit) {
        Mono.from(commit ? transaction.commitTransaction() : transaction.rollbackTransaction())
                .then(Mono.from(transaction.close())).block(TIMEOUT);
    }

    /** Starts the nurse's claim and returns once it waits for the booking's row lock. */
    private CompletableFuture<Claim> claimOnceQueued() {
        CompletableFuture<Claim> claim = jobs.claim(booking, nurse.id()).toFuture();
        await("the claim waiting for the row lock").atMost(TIMEOUT)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> db.sql("""
                        SELECT count(*) AS waiting FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock'
                        """)
                        .map(row -> row.get("waiting", Long.class)).one().block(TIMEOUT), waiting -> waiting > 0);
        assertThat(claim).as("the claim waits for the other transaction").isNotDone();
        return claim;
    }

    private UUID providerOfBooking() {
        return db.sql("SELECT provider_id FROM bookings WHERE id = :id").bind("id", booking)
                .map(row -> row.get("provider_id", UUID.class)).one().block(TIMEOUT);
    }

    private Map<String, Object> claimerRowVersion() {
        return db.sql("SELECT ctid::text AS version, xmax::text AS lock FROM users WHERE id = :id")
                .bind("id", nurse.id()).fetch().one().block(TIMEOUT);
    }

    private Map<String, Object> rowVersion() {
        return db.sql("SELECT ctid::text AS version, xmax::text AS lock FROM bookings WHERE id = :id")
                .bind("id", booking).fetch().one().block(TIMEOUT);
    }
}
