package com.medondoor.system;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes what every {@link ExpiredRows} bean declares expired, from context start to context stop.
 * One sweep interval after start, and again one after each round ends, a round goes through the
 * tables one by one and deletes each one's expired rows batch after batch, each batch one statement
 * of at most {@link #BATCH_LIMIT} rows committed on its own, until a batch deletes fewer: no long
 * transaction holds row locks, or an old snapshot that keeps vacuum from cleaning the tables the live
 * feed reads. Every replica runs its own sweeper; the batches skip the rows another replica is
 * deleting, so sweepers never wait for each other.
 */
@Component
class RetentionSweeper extends BackgroundLoop {

    /** Rows one statement deletes at most. */
    static final int BATCH_LIMIT = 1000;

    /**
     * A batch takes milliseconds; a database that went silent rather than away would otherwise stall
     * the loop for good, since no statement timeout applies.
     */
    static final Duration BATCH_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);

    private final List<ExpiredRows> tables;
    private final Duration interval;

    @Autowired
    RetentionSweeper(ObjectProvider<ExpiredRows> tables, RetentionProperties properties) {
        this(tables.orderedStream().toList(), properties.sweepInterval());
    }

    RetentionSweeper(List<ExpiredRows> tables, Duration interval) {
        this.tables = List.copyOf(tables);
        this.interval = interval;
    }

    /**
     * One round over every table; what each one deleted, or why it failed. A failed table neither
     * fails the round nor keeps the tables after it from being swept; the round logs one line for all
     * its failures.
     */
    Mono<List<Swept>> sweep() {
        return Flux.fromIterable(tables)
                .concatMap(table -> sweep(table)
                        .map(deleted -> new Swept(table.table(), deleted, null))
                        .onErrorResume(failure -> Mono.just(new Swept(table.table(), 0, failure))))
                .collectList()
                .doOnNext(this::report);
    }

    private Mono<Long> sweep(ExpiredRows table) {
        return batchesUntilShort(() -> table.deleteBatch(BATCH_LIMIT), BATCH_LIMIT, BATCH_TIMEOUT);
    }

    private void report(List<Swept> round) {
        List<Swept> failed = round.stream().filter(swept -> swept.failure() != null).toList();
        if (!failed.isEmpty()) {
            // One line, no stack trace: while the database is down every round fails the same way.
            log.warn("Retention sweep failed for {} ({}); trying again next round",
                    failed.stream().map(Swept::table).collect(Collectors.joining(", ")),
                    failed.get(0).failure().toString().replaceAll("\\s+", " "));
        }
        if (log.isDebugEnabled()) {
            log.debug("Retention sweep deleted {}", round.stream().filter(swept -> swept.failure() == null)
                    .map(swept -> swept.deleted() + " from " + swept.table()).collect(Collectors.joining(", ")));
        }
    }

    /** Stopping cancels the round in progress, if any: a statement cut short deletes nothing or commits alone. */
    @Override
    protected Disposable run() {
        return roundsAfterPauses(interval, this::sweep, log, "Retention sweeper");
    }

    /** What a round did to one table: rows deleted, or the failure that ended its sweep. */
    record Swept(String table, long deleted, Throwable failure) {
    }
}
