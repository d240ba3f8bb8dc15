package com.medondoor.live;

import java.time.Clock;
import java.time.Duration;

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
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads new events from {@code booking_events} whenever the listener wakes it (or every
 * {@code pollInterval}, in case a wake-up was lost) and hands them, in id order, to this replica's
 * open streams. Reads run one at a time, so events are handed out from one thread at a time.
 */
@Component
class EventFeed extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);
    private static final int BATCH = 500;

    private final EventRepository events;
    private final EventListener listener;
    private final LiveProperties properties;
    private final OpenStreams streams;
    private final JsonMapper json;
    private final Sinks.One<Long> started = Sinks.one();
    private final Counter delivered;
    private final Timer lag;
    private final Clock clock;
    private volatile long cursor;

    EventFeed(EventRepository events, EventListener listener, LiveProperties properties, OpenStreams streams,
            JsonMapper json, MeterRegistry meters, Clock clock) {
        this.events = events;
        this.listener = listener;
        this.properties = properties;
        this.streams = streams;
        this.json = json;
        this.clock = clock;
        this.delivered = Counter.builder("medondoor.live.events.fanned.out")
                .description("Events handed to open streams").register(meters);
        this.lag = Timer.builder("medondoor.live.fanout.lag")
                .description("From a booking change's transaction to this replica handing its event to its streams")
                .publishPercentileHistogram().register(meters);
    }

    /**
     * Completes once the feed knows where it starts from. A stream joins after that: events it missed
     * before the feed's first read would be neither in its snapshot nor in the feed.
     */
    Mono<Void> started() {
        return started.asMono().then();
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
                .concatMap(wakeUp -> catchUp().then(readGap()), 1)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(10)))
                .subscribe();
    }

    /**
     * The pause after a read. Each read asks PostgreSQL for the horizon of committed events, which looks
     * at every lock held; woken by every change, a busy replica would ask hundreds of times a second.
     */
    private Mono<Long> readGap() {
        return properties.readGap().isZero() ? Mono.empty() : Mono.delay(properties.readGap());
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
        int queued = streams.offer(new LiveEvent(event, json));
        if (queued > 0) {
            delivered.increment(queued);
        }
    }
}
