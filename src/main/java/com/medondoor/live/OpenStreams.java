package com.medondoor.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.medondoor.system.BackgroundLoop;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;

/**
 * The streams open on this replica, and what they share instead of holding their own: the feed hands
 * each event to them here, one timer sends every heartbeat, one check a second ends the streams whose
 * token has expired (tokens expire on whole seconds), and one signal ends them all at shutdown, with
 * a retry hint.
 */
@Component
class OpenStreams extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(OpenStreams.class);
    private static final Duration EXPIRY_CHECK = Duration.ofSeconds(1);

    private final Set<LiveStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private final StreamShutdown shutdown;
    private final LiveProperties properties;
    private final Clock clock;
    private final Frame opening;
    private final Frame closing;

    OpenStreams(StreamShutdown shutdown, LiveProperties properties, Clock clock, MeterRegistry meters) {
        this.shutdown = shutdown;
        this.properties = properties;
        this.clock = clock;
        this.opening = Frame.comment("open", properties.retry());
        this.closing = Frame.comment("shutdown", properties.retry());
        meters.gauge("medondoor.live.streams", count);
        // Subscribed for the whole life of the bean, not with its loops: whichever order the context
        // stops them in, every stream still ends with the retry hint.
        shutdown.stops().subscribe(stopping -> each(this::end));
    }

    /**
     * Adds a stream, which gets every event from now on, and sends it the opening hint. A stream that
     * joins once shutdown has begun ends at once, with the retry hint only.
     */
    void join(LiveStream stream) {
        if (open.add(stream)) {
            count.incrementAndGet();
        }
        if (stream.isReleased()) {
            // Its client left while it was joining, and its release found nothing to leave.
            leave(stream);
            return;
        }
        stream.push(opening);
        if (shutdown.isClosing()) {
            end(stream);
        }
    }

    void leave(LiveStream stream) {
        if (open.remove(stream)) {
            count.decrementAndGet();
        }
    }

    /** Ends a stream; at shutdown its last frame tells the client to reconnect, to another replica. */
    void end(LiveStream stream) {
        stream.end(shutdown.isClosing() ? closing : null);
    }

    /** Hands an event to every open stream; returns how many queued it. A full stream is ended. */
    int offer(LiveEvent event) {
        int[] queued = {0};
        each(stream -> {
            switch (stream.offer(event)) {
                case QUEUED -> queued[0]++;
                case FULL -> end(stream);
                case SKIPPED -> {
                }
            }
        });
        return queued[0];
    }

    @Override
    protected Disposable run() {
        return Disposables.composite(
                Flux.interval(properties.heartbeat()).subscribe(tick -> each(stream -> stream.heartbeat(Frame.KEEP_ALIVE))),
                Flux.interval(EXPIRY_CHECK).subscribe(tick -> {
                    long now = clock.millis();
                    each(stream -> {
                        if (stream.expiresBy(now)) {
                            end(stream);
                        }
                    });
                }));
    }

    /** One stream's failure costs the others nothing: not an event, not a heartbeat. */
    private void each(Consumer<LiveStream> action) {
        for (LiveStream stream : open) {
            try {
                action.accept(stream);
            }
            catch (RuntimeException failure) {
                log.error("A live stream failed and was ended", failure);
                stream.fail(failure);
            }
        }
    }
}
