package com.medondoor.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.medondoor.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Signed-in browsers' sessions: a refresh token renews the access token once, and is replaced by the
 * next one ({@link RefreshTokens}); presenting a replaced token again ends the session, as the OAuth 2.0
 * security BCP asks, unless it comes within the short grace after its replacement (two tabs, a retried
 * request), which is answered with the current token. Ending a session revokes its access tokens
 * ({@code sid}) on every replica.
 */
@Service
class Sessions {

    static final String LOGOUT = "LOGOUT";
    static final String REUSE = "REUSE";
    static final String SUSPENDED = "SUSPENDED";

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    private final SessionRepository sessions;
    private final RefreshTokens tokens;
    private final Revocations revocations;
    private final SessionProperties properties;
    private final JwtProperties jwt;
    private final Clock clock;

    Sessions(SessionRepository sessions, RefreshTokens tokens, Revocations revocations, SessionProperties properties,
            JwtProperties jwt, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.revocations = revocations;
        this.properties = properties;
        this.jwt = jwt;
        this.clock = clock;
    }

    /** A new session for the account just logged in. */
    Mono<Session> start(UUID user, Role role) {
        UUID id = UUID.randomUUID();
        Duration lifetime = properties.absoluteLifetime(role);
        return sessions.start(id, user, properties.idleTimeout(role), lifetime)
                .thenReturn(new Session(id, user, role, tokens.of(id, 0), lifetime));
    }

    /**
     * The session the refresh token renews, with the token that renews it next;
     * {@link AuthProblems.SessionEnded} otherwise.
     */
    Mono<Session> renew(String refreshToken) {
        RefreshTokens.Presented presented = tokens.read(refreshToken).orElse(null);
        if (presented == null) {
            return Mono.error(AuthProblems.SessionEnded::new);
        }
        UUID id = presented.session();
        return sessions.rotate(id, presented.generation(), properties.idleTimeout(), properties.adminIdleTimeout())
                .map(renewed -> session(id, renewed))
                .switchIfEmpty(Mono.defer(() -> sessions.find(id, properties.reuseGrace())
                        .switchIfEmpty(Mono.error(AuthProblems.SessionEnded::new))
                        .flatMap(state -> refused(id, presented, state))));
    }

    private Mono<Session> refused(UUID id, RefreshTokens.Presented presented, SessionRepository.State state) {
        if (!state.live()) {
            return Mono.error(AuthProblems.SessionEnded::new);
        }
        if (state.suspended()) {
            return end(id, SUSPENDED).then(Mono.error(AuthProblems.SessionEnded::new));
        }
        if (presented.generation() == state.current().generation() - 1 && state.inGrace()) {
            return Mono.just(session(id, state.current()));
        }
        log.warn("Refresh token of generation {} presented again for session {} (now at {}): ended as stolen",
                presented.generation(), id, state.current().generation());
        return end(id, REUSE).then(Mono.error(AuthProblems.SessionEnded::new));
    }

    /** Ends the session and revokes its access tokens on every replica; nothing if it had ended. */
    Mono<Void> end(UUID session, String reason) {
        return sessions.end(session, reason)
                .filter(Boolean::booleanValue)
                .flatMap(ended -> revocations.revoke(session, clock.instant().plus(jwt.accessTokenTtl())));
    }

    private Session session(UUID id, SessionRepository.Renewal renewal) {
        return new Session(id, renewal.user(), renewal.role(), tokens.of(id, renewal.generation()),
                Duration.between(clock.instant(), renewal.expiresAt()));
    }

    /** A live session: whose, and the refresh token that renews it next, good for {@code remaining}. */
    record Session(UUID id, UUID user, Role role, String refreshToken, Duration remaining) {
    }
}
