package com.medondoor.live;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.live.EventChecks.available;
import static com.medondoor.live.EventChecks.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live feed waits only for transactions that may still add booking events (migration V7): a
 * transaction that writes elsewhere and stays open, as a long administrative update would, holds no
 * event back. The bound: an event reaches an open stream within a second, while that transaction is
 * still open for seconds more.
 */
class EventHorizonIntegrationTests extends IntegrationTest {

    private static final Duration HELD_OPEN = Duration.ofSeconds(5);
    private static final Duration BOUND = Duration.ofSeconds(1);

    @Autowired
    private DatabaseClient db;

    @Autowired
    private ReactiveTransactionManager transactions;

    @Test
    void unrelatedWriteTransactionHeldOpenDoesNotHoldBackTheFeed() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        AtomicBoolean unrelatedEnded = new AtomicBoolean();
        TransactionalOperator.create(transactions)
                .transactional(db.sql("UPDATE users SET name = name WHERE id = :id").bind("id", patient.id()).then()
                        .then(Mono.delay(HELD_OPEN)).then())
                .doFinally(signal -> unrelatedEnded.set(true))
                .subscribe();
        await().atMost(Duration.ofSeconds(5)).until(this::writeTransactionsIdle, open -> open > 0);
        CompletableFuture<JsonNode> booking = new CompletableFuture<>();
        AtomicLong booked = new AtomicLong();

        new LiveClient(http).jobs(nurse).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    booked.set(System.nanoTime());
                    booking.complete(new Changes(api()).book(patient, ServiceType.NURSE_VISIT));
                })
                .assertNext(available(booking).andThen(event -> {
                    assertThat(Duration.ofNanos(System.nanoTime() - booked.get()))
                            .as("from booking to job.available on the stream").isLessThan(BOUND);
                    assertThat(unrelatedEnded).as("the unrelated transaction has ended when the event arrives").isFalse();
                }))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    /** Transactions that have written something and sit open, waiting for their client. */
    private long writeTransactionsIdle() {
        return db.sql("""
                SELECT count(*) AS n FROM pg_stat_activity
                 WHERE datname = current_database() AND backend_xid IS NOT NULL AND state = 'idle in transaction'
                """).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
    }
}
