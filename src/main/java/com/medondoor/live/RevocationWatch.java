package com.medondoor.live;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends streams whose token was revoked by a logout on any replica. One query per wake-up checks all
 * tokens with open streams on this replica, never one query per stream.
 */
@Component
class RevocationWatch extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(RevocationWatch.class);

    private final DatabaseClient db;
    private final EventListener listener;
    private final LiveProperties properties;
    private final Map<UUID, Watch> watched = new ConcurrentHashMap<>();

    RevocationWatch(DatabaseClient db, EventListener listener, LiveProperties properties) {
        this.db = db;
        this.listener = listener;
        this.properties = properties;
    }

    /** Completes when the token is revoked; cancelling it stops watching. */
    Mono<Void> revoked(UUID tokenId) {
        return Mono.defer(() -> {
            Watch watch = watched.compute(tokenId, (id, existing) -> {
                Watch current = existing == null ? new Watch() : existing;
                current.streams.incrementAndGet();
                return current;
            });
            return watch.revoked.asMono().doFinally(signal -> release(tokenId));
        });
    }

    private void release(UUID tokenId) {
        watched.computeIfPresent(tokenId, (id, watch) -> watch.streams.decrementAndGet() == 0 ? null : watch);
    }

    @Override
    protected Disposable run() {
        return Flux.merge(
                        listener.wakeUps().filter(channel -> !channel.equals(EventListener.EVENTS_CHANNEL)),
                        Flux.interval(properties.pollInterval()).map(tick -> "poll"))
                .onBackpressureLatest()
                .concatMap(wakeUp -> check(), 1)
                .subscribe();
    }

    private Mono<Void> check() {
        if (watched.isEmpty()) {
            return Mono.empty();
        }
        UUID[] tokens = watched.keySet().toArray(UUID[]::new);
        return db.sql("SELECT jti FROM revoked_tokens WHERE jti = ANY(:tokens)")
                .bind("tokens", tokens)
                .map(row -> row.get("jti", UUID.class))
                .all()
                .doOnNext(jti -> {
                    Watch watch = watched.remove(jti);
                    if (watch != null) {
                        watch.revoked.tryEmitEmpty();
                    }
                })
                .then()
                .onErrorResume(failure -> {
                    log.warn("Could not check revoked tokens: {}", failure.toString());
                    return Mono.empty();
                });
    }

    private static final class Watch {
        private final Sinks.Empty<Void> revoked = Sinks.empty();
        private final AtomicInteger streams = new AtomicInteger();
    }
}
