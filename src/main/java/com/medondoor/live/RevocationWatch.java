package com.medondoor.live;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.medondoor.auth.Revocations;
import com.medondoor.system.BackgroundLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends streams whose token was revoked by a logout on any replica: woken as soon as this replica's
 * {@link Revocations} learn of one, and every {@code pollInterval} for a stream opened meanwhile. Each
 * wake-up checks all tokens with open streams on this replica at once: in memory, or with one query
 * while the listener is down (never one query per stream).
 */
@Component
class RevocationWatch extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(RevocationWatch.class);

    private final Revocations revocations;
    private final LiveProperties properties;
    private final Map<UUID, Watch> watched = new ConcurrentHashMap<>();

    RevocationWatch(Revocations revocations, LiveProperties properties) {
        this.revocations = revocations;
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
                        revocations.learned().map(jti -> "revoked"),
                        Flux.interval(properties.pollInterval()).map(tick -> "poll"))
                .onBackpressureLatest()
                .concatMap(wakeUp -> check(), 1)
                .subscribe();
    }

    private Mono<Void> check() {
        if (watched.isEmpty()) {
            return Mono.empty();
        }
        return revocations.revokedAmong(List.copyOf(watched.keySet()))
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
