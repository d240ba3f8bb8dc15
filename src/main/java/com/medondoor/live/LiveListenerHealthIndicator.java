package com.medondoor.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code liveListener}, part of the readiness group: while its LISTEN connection is down a replica
 * hears of changes and logouts only by polling, so its streams lag, and it checks every token against
 * the database; it takes no new traffic until the connection is back and its revocations are reloaded.
 */
@Component
class LiveListenerHealthIndicator implements HealthIndicator {

    private final EventListener listener;

    LiveListenerHealthIndicator(EventListener listener) {
        this.listener = listener;
    }

    @Override
    public Health health() {
        return listener.isConnected() ? Health.up().build() : Health.down().build();
    }
}
