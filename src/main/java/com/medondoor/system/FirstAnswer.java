package com.medondoor.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One exchange's wait for the database's first answer (see {@link SilentConnections}): the first row,
 * count, completion or error of whatever the exchange returns. If none comes within the patience, or the
 * caller gives up before one came, the driver connection is closed: it may never answer, and if it
 * does, it still owes the answer to a statement nobody waits for. Its pending statements then fail at
 * once, and the pool, which checks that a connection is open, drops it.
 * <p>
 * r2dbc-postgresql hands out a statement's {@link Result} before the database has answered (the rows
 * arrive when the Result is read), so the wait covers the reading of the Results too.
 * <p>
 * Every statement sets a timer and nearly every one cancels it within milliseconds. A hashed wheel does
 * both in constant time without a lock, where a scheduler's priority queue sorted every one of them under
 * a lock (it showed in the claim storm's profile); ticking every 100 ms is precise enough for a limit of
 * seconds.
 */
final class FirstAnswer {

    private static final Logger log = LoggerFactory.getLogger(FirstAnswer.class);
    private static final Timer TIMERS = new HashedWheelTimer(new DefaultThreadFactory("statement-deadline", true),
            100, TimeUnit.MILLISECONDS);

    private final Connection connection;
    private final AtomicBoolean settled = new AtomicBoolean();
    private final Timeout deadline;

    FirstAnswer(Connection connection, Duration patience) {
        this.connection = connection;
        this.deadline = TIMERS.newTimeout(expired -> {
            if (settled.compareAndSet(false, true)) {
                log.warn("No answer from the database within {}; closing the connection", patience);
                close();
            }
        }, patience.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Watches an exchange that answers with this publisher's first signal. */
    <T> Flux<T> watch(Publisher<T> answer) {
        return Flux.from(answer).doOnEach(signal -> arrived()).doOnCancel(this::abandoned);
    }

    /** Watches an exchange that answers through the Results it emits, or by emitting none. */
    Flux<Result> watchResults(Publisher<? extends Result> results) {
        return Flux.from(results)
                .<Result>map(WatchedResult::new)
                .switchIfEmpty(Flux.defer(() -> {
                    arrived();
                    return Flux.empty();
                }))
                .doOnError(failure -> arrived())
                .doOnCancel(this::abandoned);
    }

    private void arrived() {
        if (settled.compareAndSet(false, true)) {
            deadline.cancel();
        }
    }

    private void abandoned() {
        if (settled.compareAndSet(false, true)) {
            deadline.cancel();
            close();
        }
    }

    private void close() {
        Mono.from(connection.close()).subscribe(null, failure -> log.debug("Closing a silent connection failed", failure));
    }

    /** A statement's result, whose reading is the wait for its answer. */
    private final class WatchedResult implements Result {

        private final Result result;

        WatchedResult(Result result) {
            this.result = result;
        }

        @Override
        public Publisher<Long> getRowsUpdated() {
            return watch(result.getRowsUpdated());
        }

        @Override
        public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
            return watch(result.map(mapping));
        }

        @Override
        public Result filter(Predicate<Segment> filter) {
            return new WatchedResult(result.filter(filter));
        }

        @Override
        public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
            return watch(result.flatMap(mapping));
        }
    }
}
