package com.medondoor.auth;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the access tokens this replica has verified, so that a client sending the same token
 * again (a provider claiming job after job) costs a map lookup instead of an RSA signature check. A
 * remembered token is exactly the string that was verified, so its claims cannot differ; it is
 * forgotten when it expires (checked at every use) or when the least recently used of
 * {@link #CAPACITY} must make room. Revocation is checked after this, at every request.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    /** About 3 KB each (the token and its parsed claims): a few MB at most. */
    static final int CAPACITY = 1024;

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Map<String, Jwt> verified = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Jwt> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = remembered(token);
        if (known != null) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private Jwt remembered(String token) {
        synchronized (verified) {
            Jwt jwt = verified.get(token);
            if (jwt != null && !clock.instant().isBefore(jwt.getExpiresAt())) {
                // Expired: the verifier refuses it with the usual answer.
                verified.remove(token);
                return null;
            }
            return jwt;
        }
    }

    private void remember(String token, Jwt jwt) {
        synchronized (verified) {
            verified.put(token, jwt);
        }
    }
}
