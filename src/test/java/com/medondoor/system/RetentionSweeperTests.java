package com.medondoor.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sweep loop on tables made up in memory: batching, failures, stopping. */
class RetentionSweeperTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Logger logger = (Logger) LoggerFactory.getLogger(RetentionSweeper.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    @Test
    void sweepDeletesBatchAfterBatchUntilOneComesBackShort() {
        FakeTable table = new FakeTable("keys", 2500);

        new RetentionSweeper(List.of(table), Duration.ofHours(1)).sweep().as(StepVerifier::create)
                .assertNext(round -> assertThat(round).as("the round's outcome")
                        .containsExactly(new RetentionSweeper.Swept("keys", 2500, null)))
                .verifyComplete();

        assertThat(table.batches).as("rows deleted by each statement of the round").containsExactly(1000L, 1000L, 500L);
    }

    @Test
    void sweepWhenLastBatchIsFullThenOneMoreThatFindsNothing() {
        FakeTable table = new FakeTable("keys", 2000);

        new RetentionSweeper(List.of(table), Duration.ofHours(1)).sweep().as(StepVerifier::create)
                .expectNextCount(1).verifyComplete();

        assertThat(table.batches).as("rows deleted by each statement of the round").containsExactly(1000L, 1000L, 0L);
    }

    @Test
    void failingTablesThenOneLinePerRoundWithoutStackTraceAndLoopGoesOn() {
        FakeTable healthy = new FakeTable("healthy", 0);
        RetentionSweeper sweeper = new RetentionSweeper(List.of(new FailingTable("first"), new FailingTable("second"),
                healthy), Duration.ofMillis(50));

        sweeper.start();
        try {
            await("three rounds despite the failures").atMost(TIMEOUT).until(() -> healthy.batches.size() >= 3);
        }
        finally {
            sweeper.stop();
        }

        List<ILoggingEvent> warnings = logged.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
        assertThat(warnings).as("warnings: one per round that failed, whatever failed in it")
                .hasSizeBetween(healthy.batches.size() - 1, healthy.batches.size());
        assertThat(warnings).as("each warning is one line naming both tables, without a stack trace")
                .allSatisfy(event -> {
                    assertThat(event.getThrowableProxy()).as("stack trace of " + event).isNull();
                    assertThat(event.getFormattedMessage()).as("message").doesNotContain("\n")
                            .contains("first, second").contains("database is down");
                });
    }

    @Test
    void stopWhileBatchRunsThenBatchCancelledAndLoopStopped() {
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        ExpiredRows stuck = new ExpiredRows() {
            public String table() {
                return "stuck";
            }

            public Mono<Long> deleteBatch(int limit) {
                return Mono.<Long>never().doOnSubscribe(s -> started.set(true)).doOnCancel(() -> cancelled.set(true));
            }
        };
        RetentionSweeper sweeper = new RetentionSweeper(List.of(stuck), Duration.ofMillis(10));
        sweeper.start();
        await("a batch in progress").atMost(TIMEOUT).untilTrue(started);

        sweeper.stop();

        assertThat(cancelled).as("the batch in progress was cancelled by stop()").isTrue();
        assertThat(sweeper.isRunning()).as("running after stop()").isFalse();
    }

    /** A table with so many expired rows, deleting up to the limit per batch. */
    private static final class FakeTable implements ExpiredRows {

        private final String name;
        private final List<Long> batches = new CopyOnWriteArrayList<>();
        private long expired;

        FakeTable(String name, long expired) {
            this.name = name;
            this.expired = expired;
        }

        @Override
        public String table() {
            return name;
        }

        @Override
        public Mono<Long> deleteBatch(int limit) {
            return Mono.fromSupplier(() -> {
                long deleted = Math.min(limit, expired);
                expired -= deleted;
                batches.add(deleted);
                return deleted;
            });
        }
    }

    private record FailingTable(String table) implements ExpiredRows {

        @Override
        public Mono<Long> deleteBatch(int limit) {
            return Mono.error(new IllegalStateException("database is down\n  Connection refused"));
        }
    }
}
