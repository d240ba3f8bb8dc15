package com.medondoor.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.medondoor.system.Detached;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * This replica's copy of {@code revoked_tokens}, so that checking a token costs no round trip. The
 * table stays the truth; the copy is fed by this replica's LISTEN connection: live's EventListener
 * calls {@link #reload()}, {@link #notified} and {@link #listenerLost()}, so the dependency goes from
 * live to auth only.
 *
 * <p>The copy is trusted only from the end of a {@link #reload()} until the connection is
 * {@linkplain #listenerLost() lost}; meanwhile every check reads the table. The listener runs LISTEN
 * first, then the reload, and adds every notification as it comes, during the reload too: a
 * revocation committed before the reload's snapshot is in the reload, one committed after LISTEN is
 * notified, and nothing is ever removed but expired revocations, so the two merge by union. A logout
 * on this replica is added at once, before its answer, not when its own notification comes back.
 *
 * <p>Compared with reading the table for every request, a token is refused later only by the time
 * the notification of another replica's logout takes to arrive (milliseconds), or, when the LISTEN
 * connection breaks silently, until its next check fails (see live-feed.md).
 */
@Component
public class Revocations {

    /** The channel of {@code revoked_tokens}'s trigger; its payload is {@code "<jti> <exp in epoch seconds>"}. */
    public static final String CHANNEL = "revoked_tokens";

    /** Like the table's rows (see {@link ExpiredRevocations}): past the token's expiry, a minute for clocks. */
    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(1);
    private static final Mono<Boolean> REVOKED = Mono.just(true);
    private static final Mono<Boolean> NOT_REVOKED = Mono.just(false);

    private final RevokedTokens table;
    private final Clock clock;
    private final Map<UUID, Instant> expiries = new ConcurrentHashMap<>();
    /** Bumped by every reload begun and every connection lost. */
    private final AtomicLong generation = new AtomicLong();
    /** The generation of the latest reload finished: trusted while equal, that is with no loss since. */
    private final AtomicLong reloaded = new AtomicLong(-1);
    private final Sinks.Many<UUID> learned = Sinks.many().multicast().directBestEffort();
    private volatile Instant nextPrune = Instant.MIN;

    Revocations(RevokedTokens table, Clock clock) {
        this.table = table;
        this.clock = clock;
    }

    Mono<Boolean> isRevoked(UUID jti) {
        if (isCurrent()) {
            return expiries.containsKey(jti) ? REVOKED : NOT_REVOKED;
        }
        // Detached: a live stream's request would otherwise hold this read's operators while it is open.
        return Detached.read(table.isRevoked(jti));
    }

    /** Revokes the token in the table, then here: this replica refuses it once this completes. */
    Mono<Void> revoke(UUID jti, Instant expiresAt) {
        return table.revoke(jti, expiresAt).then(Mono.fromRunnable(() -> remember(jti, expiresAt)));
    }

    /** Those of these token ids that are revoked: from memory when it is current, else from the table. */
    public Flux<UUID> revokedAmong(Collection<UUID> jtis) {
        if (isCurrent()) {
            return Flux.fromStream(jtis.stream().filter(expiries::containsKey));
        }
        return table.revokedAmong(jtis.toArray(UUID[]::new));
    }

    /** Each token id as this replica learns of its revocation; a subscriber without demand misses it. */
    public Flux<UUID> learned() {
        return learned.asFlux();
    }

    /** Whether memory holds every revocation but those still on their way as notifications. */
    public boolean isCurrent() {
        return reloaded.get() == generation.get();
    }

    /** Reads the whole table into memory, then trusts it; call once LISTEN is in place on a new connection. */
    public Mono<Void> reload() {
        return Mono.defer(() -> {
            long reload = generation.incrementAndGet();
            return table.all()
                    .doOnNext(revocation -> remember(revocation.jti(), revocation.expiresAt()))
                    .then(Mono.fromRunnable(() -> reloaded.accumulateAndGet(reload, Math::max)));
        });
    }

    /**
     * A notification on {@link #CHANNEL}. Throws {@link IllegalArgumentException} when its payload is not
     * ours: the listener then starts over, and so reloads, rather than miss a revocation.
     */
    public void notified(String payload) {
        RevocationNotice notice = RevocationNotice.parse(payload);
        remember(notice.jti(), notice.expiresAt());
    }

    /**
     * Re-reads the revocations of the last few seconds (see {@link RevocationCatchUp}): a notification
     * lost with a LISTEN connection that died silently is made up for within a second.
     */
    Mono<Void> catchUp(long seconds) {
        return table.recent(seconds).doOnNext(revocation -> remember(revocation.jti(), revocation.expiresAt())).then();
    }

    /** Notifications may be missed from now on: check the table until the next reload has completed. */
    public void listenerLost() {
        generation.incrementAndGet();
    }

    private void remember(UUID jti, Instant expiresAt) {
        if (expiries.put(jti, expiresAt) == null) {
            // Serialized: logouts and the listener emit from different threads.
            synchronized (learned) {
                learned.tryEmitNext(jti);
            }
        }
        forgetExpired();
    }

    /** At most once a minute, on the way of an addition: memory holds the revocations of ~16 minutes. */
    private void forgetExpired() {
        Instant now = clock.instant();
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(KEPT_AFTER_EXPIRY);
        Instant expiredBefore = now.minus(KEPT_AFTER_EXPIRY);
        expiries.values().removeIf(expiresAt -> expiresAt.isBefore(expiredBefore));
    }
}
