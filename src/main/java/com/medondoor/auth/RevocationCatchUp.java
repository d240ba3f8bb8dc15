package com.medondoor.auth;

import java.time.Duration;

import com.medondoor.system.BackgroundLoop;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Each second, re-reads the revocations of the last ten seconds into {@link Revocations}. Notifications
 * bring a revocation in milliseconds; this bounds the delay at about a second when they do not come
 * (a LISTEN connection that died without an error is only noticed at its next check, seconds later).
 * One small indexed query a second per replica, against one per request before memory.
 */
@Component
class RevocationCatchUp extends BackgroundLoop {

    private static final Duration EVERY = Duration.ofSeconds(1);
    /** Wider than EVERY, so that a round delayed by a slow query or a busy machine misses nothing. */
    private static final long LOOK_BACK_SECONDS = 10;

    private final Revocations revocations;

    RevocationCatchUp(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    protected Disposable run() {
        return Flux.interval(EVERY)
                .onBackpressureDrop()
                // A failed round (database unreachable) is simply followed by the next.
                .concatMap(tick -> revocations.catchUp(LOOK_BACK_SECONDS).onErrorResume(failure -> Mono.empty()), 1)
                .subscribe();
    }
}
