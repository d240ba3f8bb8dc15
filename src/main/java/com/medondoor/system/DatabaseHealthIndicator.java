package com.medondoor.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code r2dbc}, part of the readiness group: down while no pooled connection can be had and proven
 * alive within two seconds. Boot's indicator of that name, which this replaces (Boot backs off for a
 * bean named {@code r2dbcHealthIndicator}), logs a warning with a stack trace at every probe of an
 * outage; this one logs the outage once, a reminder every {@code medondoor.database.outage-reminder}
 * while it lasts, and its end.
 */
@Component("r2dbcHealthIndicator")
@ConditionalOnEnabledHealthIndicator("r2dbc")
class DatabaseHealthIndicator implements ReactiveHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseHealthIndicator.class);

    /** Within a probe's timeout (3 s in k8s/), as the pool's acquisition is (2 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final ConnectionFactory connections;
    private final Clock clock;
    private final Duration reminder;
    // Guarded by this: probes may run at once (readiness, liveness, /actuator/health).
    private Instant downSince;
    private Instant lastLogged;

    DatabaseHealthIndicator(ConnectionFactory connections, Clock clock,
            @Value("${medondoor.database.outage-reminder:1m}") Duration reminder) {
        this.connections = connections;
        this.clock = clock;
        this.reminder = reminder;
    }

    @Override
    public Mono<Health> health() {
        return Mono.usingWhen(connections.create(), connection -> Mono.from(connection.validate(ValidationDepth.REMOTE)),
                        Connection::close)
                .timeout(TIMEOUT)
                .map(valid -> valid ? up() : down("the connection did not validate"))
                .onErrorResume(failure -> Mono.just(down(describe(failure))));
    }

    private synchronized Health up() {
        if (downSince != null) {
            log.info("Database reachable again after {} s", Duration.between(downSince, clock.instant()).toSeconds());
            downSince = null;
        }
        return Health.up().build();
    }

    /** Expected at every probe while the database is down: logged at its start and now and then. */
    private synchronized Health down(String cause) {
        Instant now = clock.instant();
        if (downSince == null) {
            downSince = now;
            lastLogged = now;
            log.warn("Database unreachable: {}", cause);
        }
        else if (!now.isBefore(lastLogged.plus(reminder))) {
            lastLogged = now;
            log.warn("Database still unreachable since {}: {}", downSince, cause);
        }
        return Health.down().withDetail("error", cause).build();
    }

    private static String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        String message = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getName());
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause == failure ? message : message + " (" + cause.getMessage() + ")";
    }
}
