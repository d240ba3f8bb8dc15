package com.medondoor.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** A token verified once is not verified again until it expires; an expired one goes back to the verifier. */
class VerifiedTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    /** Accepts "good-*" tokens expiring a minute after NOW, as long as the clock says they have not expired. */
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        Instant expiresAt = NOW.plusSeconds(60);
        return token.startsWith("good") && now.isBefore(expiresAt)
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                        .issuedAt(NOW).expiresAt(expiresAt).build())
                : Mono.error(new BadJwtException("refused: " + token));
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void sameTokenAgainThenNoSecondVerification() {
        tokens.decode("good-1").as(StepVerifier::create).expectNextCount(1).expectComplete().verify(TIMEOUT);
        tokens.decode("good-1").as(StepVerifier::create)
                .assertNext(jwt -> assertThat(jwt.getSubject()).as("subject of the remembered token").isEqualTo("good-1"))
                .expectComplete().verify(TIMEOUT);
        assertThat(verifications).as("verifications of one token used twice").hasValue(1);
    }

    @Test
    void rememberedTokenPastItsExpiryThenVerifiedAgainAndRefused() {
        tokens.decode("good-2").as(StepVerifier::create).expectNextCount(1).expectComplete().verify(TIMEOUT);
        now = NOW.plusSeconds(60);
        tokens.decode("good-2").as(StepVerifier::create).expectError(BadJwtException.class).verify(TIMEOUT);
        assertThat(verifications).as("verifications: once, then again at expiry").hasValue(2);
    }

    @Test
    void refusedTokenIsNotRemembered() {
        tokens.decode("bad").as(StepVerifier::create).expectError(BadJwtException.class).verify(TIMEOUT);
        tokens.decode("bad").as(StepVerifier::create).expectError(BadJwtException.class).verify(TIMEOUT);
        assertThat(verifications).as("verifications of a refused token tried twice").hasValue(2);
    }

    @Test
    void leastRecentlyUsedTokenForgottenBeyondCapacity() {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.decode("good-" + i).block(TIMEOUT);
        }
        tokens.decode("good-0").block(TIMEOUT);
        assertThat(verifications).as("the first of CAPACITY + 1 tokens verified again").hasValue(VerifiedTokens.CAPACITY + 2);
    }
}
