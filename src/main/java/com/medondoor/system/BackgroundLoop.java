package com.medondoor.system;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** A reactive loop that runs from context start to context stop. */
public abstract class BackgroundLoop implements SmartLifecycle {

    private volatile Disposable running;

    /** Subscribes to the loop; called once at start. */
    protected abstract Disposable run();

    /**
     * Rounds forever, each {@code pause} after the one before ended. A pause after each round rather than
     * a fixed rate: rounds never overlap, and a scheduler that fell behind does not make up for missed
     * ticks with rounds (and warnings) back to back. A round should handle its own failures; one that
     * escapes stops the loop, logged as {@code name} stopped.
     */
    protected static Disposable roundsAfterPauses(Duration pause, Supplier<Mono<?>> round, Logger log, String name) {
        return Mono.delay(pause)
                .then(Mono.defer(round))
                .repeat()
                .subscribe(done -> { }, failure -> log.error("{} stopped", name, failure));
    }

    /**
     * Batch after batch, each one statement of at most {@code limit} rows under {@code timeout} (a database
     * gone silent rather than away must not stall the loop for good), until one does fewer; how many in all.
     */
    protected static Mono<Long> batchesUntilShort(Supplier<Mono<Long>> batch, int limit, Duration timeout) {
        return Mono.defer(batch)
                .timeout(timeout)
                .defaultIfEmpty(0L)
                .repeat()
                .takeUntil(done -> done < limit)
                .reduce(0L, Long::sum);
    }

    @Override
    public void start() {
        running = run();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable current = running;
        return current != null && !current.isDisposed();
    }
}
