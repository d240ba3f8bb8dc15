package com.medondoor.auth;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * bcrypt, off the event loop: a hash costs tens of milliseconds of CPU, which would stall every other
 * request on the same Netty thread.
 */
@Component
class Passwords {

    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently truncated. */
    static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    private final String decoyHash;

    Passwords(@Value("${medondoor.security.bcrypt-strength:10}") int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.decoyHash = encoder.encode("decoy password for unknown accounts");
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Checks a password against a hash, or against a decoy when there is no account, so that an unknown
     * email costs the same time as a wrong password.
     */
    Mono<Boolean> matches(String password, String hashOrNull) {
        return Mono.fromCallable(() -> {
            String candidate = fitsBcrypt(password) ? password : "";
            boolean matches = encoder.matches(candidate, hashOrNull == null ? decoyHash : hashOrNull);
            return matches && hashOrNull != null && fitsBcrypt(password);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
