package com.medondoor.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bigserial trap: ids are drawn at insert, not at commit. Two transactions interleave so that the
 * one with the larger id commits first while a reader follows the table as the live feed does
 * ({@code id > cursor}, below the horizon). The reader must still see both events, in id order.
 */
class EventOrderIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Autowired
    private ReactiveTransactionManager transactions;

    @Autowired
    private EventRepository events;

    @Test
    void readerFollowingIdsNeverSkipsAnEventWhenCommitsInterleave() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        long start = newestId();
        long cursor = start;
        List<Long> seen = new ArrayList<>();

        TransactionalOperator tx = TransactionalOperator.create(transactions);
        Sinks.One<Void> commitFirst = Sinks.one();
        AtomicBoolean secondCommitted = new AtomicBoolean();

        // The first transaction draws its id and stays open.
        tx.transactional(insertEvent(booking, patient.id()).then(commitFirst.asMono())).subscribe();
        awaitEvent(() -> openTransactionsHoldingEvents() == 1, "the first transaction has inserted its event");

        // The second draws its id after the first, and commits as soon as it can.
        tx.transactional(insertEvent(booking, patient.id())).doOnSuccess(done -> secondCommitted.set(true)).subscribe();
        awaitEvent(() -> secondCommitted.get() || waitingForEventLock(),
                "the second transaction has committed or waits for the first");

        cursor = follow(cursor, seen);
        commitFirst.tryEmitEmpty();
        awaitEvent(() -> countAfter(start) == 2, "both transactions have committed");
        follow(cursor, seen);

        assertThat(seen).as("event ids a reader following `id > cursor` received").hasSize(2);
        assertThat(seen.get(0)).as("ids arrive in increasing order").isLessThan(seen.get(1));
    }

    private Mono<Long> insertEvent(UUID booking, UUID actor) {
        return db.sql("INSERT INTO booking_events (booking_id, status, actor_id) VALUES (:booking, 'PENDING', :actor) RETURNING id")
                .bind("booking", booking)
                .bind("actor", actor)
                .map(row -> row.get("id", Long.class))
                .one();
    }

    /** Reads every final event after the cursor, as the live feed does; returns the new cursor. */
    private long follow(long cursor, List<Long> seen) {
        List<Long> read = events.after(cursor, 100).map(BookingEvent::id).collectList().block(Duration.ofSeconds(5));
        seen.addAll(read);
        return read.isEmpty() ? cursor : read.get(read.size() - 1);
    }

    private long newestId() {
        return db.sql("SELECT coalesce(max(id), 0) AS id FROM booking_events").map(row -> row.get("id", Long.class))
                .one().block(Duration.ofSeconds(5));
    }

    private long countAfter(long after) {
        return db.sql("SELECT count(*) AS n FROM booking_events WHERE id > :after").bind("after", after)
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
    }

    private long openTransactionsHoldingEvents() {
        return db.sql("SELECT count(*) AS n FROM pg_locks WHERE relation = 'booking_events'::regclass AND mode = 'RowExclusiveLock' AND granted")
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
    }

    private boolean waitingForEventLock() {
        return db.sql("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5)) > 0;
    }

    private static void awaitEvent(Callable<Boolean> condition, String what) {
        await(what).atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(condition);
    }
}
