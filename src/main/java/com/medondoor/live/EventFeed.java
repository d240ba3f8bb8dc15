package com.medondoor.live;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.medondoor.system.BackgroundLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;
import reactor.util.retry.Retry;

/**
 * Reads new events from {@code booking_events} whenever the listener wakes it (or every
 * {@code pollInterval}, in case a wake-up was lost) and fans them out, in id order, to this replica's
 * subscribers. Reads run one at a time, so events are emitted from one thread at a time: the sink
 * never sees concurrent {@code emitNext} calls.
 */
@Component
class EventFeed extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);
    private static final int BATCH = 500;

    private final EventRepository events;
    private final EventListener listener;
    private final LiveProperties properties;
    private final Sinks.Many<BookingEvent> fanOut = Sinks.many().multicast().directBestEffort();
    private final Sinks.One<Long> started = Sinks.one();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Counter delivered;
    private final Timer lag;
    private final Clock clock;
    private volatile long cursor;

    EventFeed(EventRepository events, EventListener listener, LiveProperties properties, MeterRegistry meters,
            Clock clock) {
        this.events = events;
        this.listener = listener;
        this.properties = properties;
        this.clock = clock;
        this.delivered = Counter.builder("medondoor.live.events.fanned.out")
                .description("Events handed to open streams").register(meters);
        this.lag = Timer.builder("medondoor.live.fanout.lag")
                .description("From a booking change's transaction to this replica handing its event to its streams")
                .publishPercentileHistogram().register(meters);
        meters.gauge("medondoor.live.streams", subscribers);
    }

    /**
     * Registers a subscriber at once and buffers what it is interested in until it reads; completes
     * when the feed has started. A subscriber that falls {@code subscriberBuffer} events behind is
     * cut off at once (its events complete, buffered ones are discarded), without delaying anyone.
     */
    Mono<Subscription> subscribe(Predicate<BookingEvent> interested) {
        return started.asMono().map(ready -> new Subscription(interested));
    }

    @Override
    protected Disposable run() {
        return events.newestId()
                .doOnNext(newest -> {
                    cursor = newest;
                    started.tryEmitValue(newest);
                })
                .thenMany(Flux.merge(listener.wakeUps(), Flux.interval(properties.pollInterval()).map(tick -> "poll")))
                .onBackpressureLatest()
                .concatMap(wakeUp -> catchUp(), 1)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(10)))
                .subscribe();
    }

    /** Emits every event after the cursor, batch by batch, then waits for the next wake-up. */
    private Mono<Void> catchUp() {
        return events.after(cursor, BATCH)
                .doOnNext(this::emit)
                .count()
                .expand(read -> read == BATCH ? events.after(cursor, BATCH).doOnNext(this::emit).count() : Mono.empty())
                .then()
                .onErrorResume(failure -> {
                    log.warn("Could not read new booking events: {}", failure.toString());
                    return Mono.empty();
                });
    }

    private void emit(BookingEvent event) {
        cursor = event.id();
        // Database and replica clocks may disagree a little; a negative lag is dropped by the timer.
        lag.record(Duration.between(event.occurredAt(), clock.instant()));
        Sinks.EmitResult result = fanOut.tryEmitNext(event);
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.error("Event {} not fanned out: {}", event.id(), result);
        }
    }

    /** One stream's place in the feed: a bounded queue of the events it is interested in. */
    final class Subscription implements Disposable {

        private final Sinks.Many<BookingEvent> queue =
                Sinks.many().unicast().onBackpressureBuffer(Queues.<BookingEvent>get(properties.subscriberBuffer()).get());
        private final Sinks.Empty<Void> overflowed = Sinks.empty();
        private final Disposable upstream;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Subscription(Predicate<BookingEvent> interested) {
            subscribers.incrementAndGet();
            upstream = fanOut.asFlux().filter(interested).subscribe(this::offer);
        }

        private void offer(BookingEvent event) {
            if (queue.tryEmitNext(event).isSuccess()) {
                delivered.increment();
            }
            else {
                overflowed.tryEmitEmpty();
                upstream.dispose();
            }
        }

        Flux<BookingEvent> events() {
            return queue.asFlux();
        }

        /** Completes when the subscriber has fallen too far behind and must be cut off. */
        Mono<Void> overflowed() {
            return overflowed.asMono();
        }

        @Override
        public void dispose() {
            if (open.compareAndSet(true, false)) {
                upstream.dispose();
                subscribers.decrementAndGet();
            }
        }

        @Override
        public boolean isDisposed() {
            return !open.get();
        }
    }
}
