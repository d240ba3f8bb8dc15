package com.medondoor.live;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Ends every open stream when the service begins to shut down. Graceful shutdown waits for active
 * requests, and a stream never finishes by itself: left open, each one would hold shutdown for the
 * whole grace period and then be cut off. This stops in the default phase, before the web server's
 * graceful shutdown (higher phases stop first), so streams have ended with a {@code retry:} hint by
 * the time the server waits for the ordinary requests still in flight.
 *
 * <p>A context may be stopped and started again (the test framework pauses a cached context it is not
 * using): each stop ends the streams open then, and a start lets streams open again.
 */
@Component
class StreamShutdown implements SmartLifecycle {

    private final Sinks.Many<Boolean> stops = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;
    private volatile boolean closed;

    /** Emits each time the service begins to stop. */
    Flux<Boolean> stops() {
        return stops.asFlux();
    }

    boolean isClosing() {
        return closed;
    }

    @Override
    public void start() {
        closed = false;
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closed = true;
        stops.tryEmitNext(true);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
