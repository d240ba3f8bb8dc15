package com.medondoor.live;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.medondoor.auth.Revocations;
import com.medondoor.system.BackgroundLoop;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * This replica's one dedicated LISTEN connection, outside the pool. It turns notifications into
 * wake-ups: {@link #wakeUps()} emits a channel name when something may have changed, and
 * {@link #CONNECTED} after every (re)connection, so that readers catch up on what they missed;
 * {@link #accountChanges()} names each account whose verification changed.
 * It also keeps this replica's {@link Revocations} current: it hands them each revocation
 * notification, has them reload the table once LISTEN is in place, and tells them when the connection
 * is lost; it counts as connected only once that reload is done. A query every
 * {@code listenerCheckInterval} proves the connection alive (a half-open TCP connection reports no
 * error by itself); when it fails, the connection is replaced with backoff.
 */
@Component
class EventListener extends BackgroundLoop {

    static final String CONNECTED = "connected";
    static final String EVENTS_CHANNEL = "booking_events";
    static final String REVOCATIONS_CHANNEL = Revocations.CHANNEL;
    /** The channel of migration V12's trigger on a provider's verification: its payload is the account's id. */
    static final String ACCOUNTS_CHANNEL = "account_changes";
    static final String APPLICATION_NAME = "medondoor-listener";

    private static final Logger log = LoggerFactory.getLogger(EventListener.class);

    private final ConnectionFactory connections;
    private final Revocations revocations;
    private final LiveProperties properties;
    private final Counter reconnects;
    private final Sinks.Many<String> wakeUps = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<String> accountChanges = Sinks.many().multicast().directBestEffort();
    private final AtomicBoolean connected = new AtomicBoolean();

    EventListener(R2dbcConnectionDetails database, Revocations revocations, LiveProperties properties,
            MeterRegistry meters) {
        this.connections = ConnectionFactories.get(listenerOptions(database.getConnectionFactoryOptions()));
        this.revocations = revocations;
        this.properties = properties;
        this.reconnects = Counter.builder("medondoor.live.listener.reconnects")
                .description("Times the LISTEN connection was lost and replaced").register(meters);
        meters.gauge("medondoor.live.listener.connected", connected, up -> up.get() ? 1 : 0);
    }

    /** Channel names, or {@link #CONNECTED}; a subscriber that has no demand misses them. */
    Flux<String> wakeUps() {
        return wakeUps.asFlux();
    }

    /**
     * The payload of each notification on {@link #ACCOUNTS_CHANNEL}, as it comes (an account id, unless
     * someone else sent it); a subscriber that has no demand misses them.
     */
    Flux<String> accountChanges() {
        return accountChanges.asFlux();
    }

    /** Listening, with the revocations reloaded since the connection was made. */
    boolean isConnected() {
        return connected.get();
    }

    @Override
    protected Disposable run() {
        // Opening and closing are bounded too: behind a silent network neither would ever finish.
        Duration patience = properties.listenerCheckTimeout();
        return Flux.usingWhen(Mono.from(connections.create()).timeout(patience), this::listen, connection -> {
                    connected.set(false);
                    revocations.listenerLost();
                    return Mono.from(connection.close()).timeout(patience).onErrorResume(e -> Mono.empty());
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, properties.listenerMinBackoff())
                        .maxBackoff(properties.listenerMaxBackoff())
                        .transientErrors(true)
                        .doBeforeRetry(signal -> {
                            reconnects.increment();
                            log.warn("LISTEN connection lost ({}); reconnecting", signal.failure().toString());
                        }))
                .subscribe(channel -> wakeUps.tryEmitNext(channel),
                        failure -> log.error("LISTEN connection given up", failure));
    }

    private Flux<String> listen(io.r2dbc.spi.Connection connection) {
        PostgresqlConnection postgres = (PostgresqlConnection) connection;
        Flux<String> notifications = postgres.getNotifications()
                .onBackpressureBuffer()
                .doOnNext(this::handRevocation)
                .doOnNext(this::handAccountChange)
                .map(Notification::getName)
                .concatWith(Mono.error(() -> new IllegalStateException("notification stream ended")));
        Flux<String> aliveChecks = Flux.interval(properties.listenerCheckInterval())
                .concatMap(tick -> Mono.from(postgres.createStatement("SELECT 1").execute())
                        .flatMapMany(result -> result.map((row, meta) -> 1))
                        .then()
                        .timeout(properties.listenerCheckTimeout()))
                .thenMany(Flux.empty());
        // The LISTENs take effect when the query's implicit transaction commits: every result is read
        // before the reload, so that a revocation committed after the reload's snapshot is notified.
        Mono<String> listening = Flux.from(postgres.createStatement("LISTEN " + EVENTS_CHANNEL + "; LISTEN "
                        + REVOCATIONS_CHANNEL + "; LISTEN " + ACCOUNTS_CHANNEL).execute())
                .concatMap(result -> Mono.from(result.getRowsUpdated()))
                .then(revocations.reload())
                .thenReturn(CONNECTED)
                .doOnNext(signal -> connected.set(true));
        // Notifications are subscribed to before LISTEN runs, so none falls between the two.
        return Flux.merge(notifications, listening, aliveChecks);
    }

    /** Fails the connection on a payload it cannot read: reconnecting reloads every revocation. */
    private void handRevocation(Notification notification) {
        if (REVOCATIONS_CHANNEL.equals(notification.getName())) {
            revocations.notified(notification.getParameter());
        }
    }

    private void handAccountChange(Notification notification) {
        if (ACCOUNTS_CHANNEL.equals(notification.getName())) {
            accountChanges.tryEmitNext(String.valueOf(notification.getParameter()));
        }
    }

    @Override
    public void stop() {
        super.stop();
        connected.set(false);
        revocations.listenerLost();
    }

    /** The pool's own options, minus the pool, with TCP keepalive on. */
    private static ConnectionFactoryOptions listenerOptions(ConnectionFactoryOptions pooled) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.builder().from(pooled)
                .option(PostgresqlConnectionFactoryProvider.TCP_KEEPALIVE, true)
                .option(PostgresqlConnectionFactoryProvider.APPLICATION_NAME, APPLICATION_NAME);
        if ("pool".equals(pooled.getValue(ConnectionFactoryOptions.DRIVER))) {
            options.option(ConnectionFactoryOptions.DRIVER, (String) pooled.getValue(ConnectionFactoryOptions.PROTOCOL));
        }
        return options.build();
    }
}
