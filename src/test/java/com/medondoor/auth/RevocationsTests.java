package com.medondoor.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** When memory is trusted, what a notification adds, and when a revocation is forgotten; no database. */
class RevocationsTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final Table table = new Table();
    private final MovingClock clock = new MovingClock();
    private final Revocations revocations = new Revocations(table, clock);

    @Test
    void beforeAnyReloadThenEveryCheckReadsTheTable() {
        assertThat(revocations.isCurrent()).as("memory trusted before the first reload").isFalse();

        revoked(UUID.randomUUID());

        assertThat(table.reads.get()).as("table reads").isEqualTo(1);
    }

    @Test
    void notifiedAfterReloadThenRefusedWithoutReadingTheTable() {
        reload();
        UUID jti = UUID.randomUUID();

        revocations.notified(jti + " " + NOW.plusSeconds(600).getEpochSecond());

        assertThat(revoked(jti)).as("revoked after its notification").isTrue();
        assertThat(revoked(UUID.randomUUID())).as("another token revoked").isFalse();
        assertThat(table.reads.get()).as("table reads").isZero();
    }

    @Test
    void listenerLostThenTableReadUntilTheNextReloadHasFinished() {
        reload();
        revocations.listenerLost();
        assertThat(revocations.isCurrent()).as("memory trusted after the connection was lost").isFalse();

        StepVerifier.create(revocations.reload())
                .then(() -> assertThat(revocations.isCurrent()).as("memory trusted while the reload runs").isFalse())
                .then(() -> table.finishReload(1))
                .expectComplete()
                .verify(TIMEOUT);

        assertThat(revocations.isCurrent()).as("memory trusted once reloaded").isTrue();
    }

    @Test
    void reloadOfALostConnectionFinishingLateThenNotTrusted() {
        StepVerifier lostReload = StepVerifier.create(revocations.reload()).expectComplete().verifyLater();
        revocations.listenerLost();

        table.finishReload(0);
        lostReload.verify(TIMEOUT);

        assertThat(revocations.isCurrent()).as("memory trusted after a reload its connection did not outlive")
                .isFalse();
    }

    @Test
    void reloadOfALostConnectionFinishingAfterTheNextOneThenStillTrusted() {
        StepVerifier lostReload = StepVerifier.create(revocations.reload()).expectComplete().verifyLater();
        revocations.listenerLost();
        StepVerifier nextReload = StepVerifier.create(revocations.reload()).expectComplete().verifyLater();

        table.finishReload(1);
        nextReload.verify(TIMEOUT);
        table.finishReload(0);
        lostReload.verify(TIMEOUT);

        assertThat(revocations.isCurrent()).as("memory trusted after the latest reload, then a stale one, finished")
                .isTrue();
    }

    @Test
    void revocationForgottenAMinuteAfterItsTokenExpired() {
        reload();
        UUID expiring = UUID.randomUUID();
        revocations.notified(expiring + " " + NOW.plusSeconds(60).getEpochSecond());

        clock.now = NOW.plusSeconds(60 + 59);
        revocations.notified(UUID.randomUUID() + " " + NOW.plusSeconds(900).getEpochSecond());
        assertThat(revoked(expiring)).as("revoked 59 s after its token expired").isTrue();

        clock.now = NOW.plusSeconds(60 + 61 + 60);
        revocations.notified(UUID.randomUUID() + " " + NOW.plusSeconds(900).getEpochSecond());
        assertThat(revoked(expiring)).as("revoked two minutes after its token expired").isFalse();
    }

    @Test
    void notificationWithoutExpiryThenRefused() {
        for (String payload : new String[] {null, "", UUID.randomUUID().toString(), "not-a-uuid 1700000000",
                UUID.randomUUID() + " soon"}) {
            assertThatIllegalArgumentException().as("payload " + payload)
                    .isThrownBy(() -> revocations.notified(payload));
        }
    }

    @Test
    void revokedAmongWhenNotCurrentThenAskedOfTheTable() {
        UUID jti = UUID.randomUUID();
        table.revoked = List.of(jti);

        StepVerifier.create(revocations.revokedAmong(List.of(jti, UUID.randomUUID())))
                .expectNext(jti).expectComplete().verify(TIMEOUT);
        assertThat(table.reads.get()).as("table reads").isEqualTo(1);
    }

    private void reload() {
        StepVerifier.create(revocations.reload()).then(() -> table.finishReload(0)).expectComplete().verify(TIMEOUT);
    }

    private boolean revoked(UUID jti) {
        return revocations.isRevoked(jti).block(TIMEOUT);
    }

    /** revoked_tokens as a test double: each reload's read ends when the test says so. */
    private static final class Table extends RevokedTokens {

        private final AtomicInteger reads = new AtomicInteger();
        private final List<Sinks.Empty<Void>> reloads = new CopyOnWriteArrayList<>();
        private List<UUID> revoked = List.of();

        private Table() {
            super(null);
        }

        @Override
        Mono<Boolean> isRevoked(UUID jti) {
            reads.incrementAndGet();
            return Mono.just(revoked.contains(jti));
        }

        @Override
        Flux<UUID> revokedAmong(UUID[] jtis) {
            reads.incrementAndGet();
            return Flux.fromArray(jtis).filter(revoked::contains);
        }

        @Override
        Flux<Revocation> all() {
            Sinks.Empty<Void> read = Sinks.empty();
            reloads.add(read);
            return read.asMono().thenMany(Flux.empty());
        }

        /** Ends the {@code n}th read (from 0), which has begun. */
        void finishReload(int n) {
            assertThat(reloads).as("reads of the table begun").hasSizeGreaterThan(n);
            reloads.get(n).tryEmitEmpty();
        }
    }

    private static final class MovingClock extends Clock {

        private volatile Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
