package com.medondoor.live;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends every open stream when the service begins to shut down. Graceful shutdown waits for active
 * requests, and a stream never finishes by itself: left open, each one would hold shutdown for the
 * whole grace period and then be cut off. This stops in the default phase, before the web server's
 * graceful shutdown (higher phases stop first), so streams have ended with a {@code retry:} hint by
 * the time the server waits for the ordinary requests still in flight.
 */
@Component
class StreamShutdown implements SmartLifecycle {

    private final Sinks.Empty<Void> closing = Sinks.empty();
    private volatile boolean running;
    private volatile boolean closed;

    /** Completes when the service begins to shut down. */
    Mono<Void> closing() {
        return closing.asMono();
    }

    boolean isClosing() {
        return closed;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closed = true;
        closing.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
