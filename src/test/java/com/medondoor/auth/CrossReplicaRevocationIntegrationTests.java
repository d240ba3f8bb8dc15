package com.medondoor.auth;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.LockedTable;
import com.medondoor.Replica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static com.medondoor.auth.RevocationFixture.awaiting;
import static com.medondoor.auth.RevocationFixture.me;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A token revoked through this test's replica (A) or straight in the table is refused by a second
 * replica (B), which checks tokens against its memory of the revocations.
 */
class CrossReplicaRevocationIntegrationTests extends IntegrationTest {


    @Autowired
    private Environment environment;

    @Autowired
    private DatabaseClient db;

    private RevocationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new RevocationFixture(db);
    }

    @Test
    void logoutOnOneReplicaThenRefusedOnTheOtherWithinOneSecond() {
        Api.Account patient = api().patient();
        try (Replica replicaB = startB(Map.of())) {
            WebTestClient onB = replicaB.client();
            awaiting("replica B listening, its revocations read").until(replicaB.bean(Revocations.class)::isCurrent);
            assertThat(me(onB, patient)).as("GET /api/me on B before the logout").isEqualTo(200);

            api().post("/api/auth/logout", patient, null).expectStatus().isNoContent();
            await("B refusing the token within a second of the logout on A").atMost(Duration.ofSeconds(1))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> me(onB, patient), status -> status == 401);
        }
    }

    @Test
    void revocationWhoseNotificationNeverArrivesThenRefusedWithinAboutASecond() {
        Api.Account patient = api().patient();
        try (Replica replicaB = startB(Map.of())) {
            awaiting("replica B listening, its revocations read").until(replicaB.bean(Revocations.class)::isCurrent);
            assertThat(me(replicaB.client(), patient)).as("GET /api/me on B before the revocation").isEqualTo(200);

            // As if B's LISTEN connection had died without a word: B keeps trusting its memory.
            fixture.revokeUnnotified(patient);
            await("B refusing, within two seconds, a token whose revocation it was never told of")
                    .atMost(Duration.ofSeconds(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> me(replicaB.client(), patient), status -> status == 401);
            assertThat(replicaB.bean(Revocations.class).isCurrent()).as("B trusting its memory throughout").isTrue();
        }
    }

    @Test
    void revokedWhileTheListenerIsDownThenRefusedThroughTheTable() {
        Api.Account patient = api().patient();
        // B does not reconnect within the test, A at once.
        try (Replica replicaB = startB(Map.of("medondoor.live.listener-min-backoff", "1h",
                "medondoor.live.listener-max-backoff", "1h"))) {
            Revocations revocationsOnB = replicaB.bean(Revocations.class);
            awaiting("replica B listening, its revocations read").until(revocationsOnB::isCurrent);
            assertThat(me(replicaB.client(), patient)).as("GET /api/me on B before the revocation").isEqualTo(200);

            assertThat(fixture.terminateListeners()).as("LISTEN connections of A and B terminated").isEqualTo(2);
            awaiting("B noticing its LISTEN connection is gone").until(() -> !revocationsOnB.isCurrent());
            fixture.revoke(patient);

            assertThat(me(replicaB.client(), patient)).as("GET /api/me on B, revoked while B was not listening")
                    .isEqualTo(401);
            assertThat(revocationsOnB.isCurrent()).as("B still not listening, so it read the table").isFalse();
        }
    }

    @Test
    void revocationCommittedWhileAReplicaReadsThemAtStartThenRefusedThere() {
        Api.Account patient = api().patient();
        UUID jti = RevocationFixture.jti(patient);
        try (Replica replicaB = startB(Map.of(), HeldReload.class)) {
            StepVerifier.create(HeldReload.read.asMono()).expectComplete().verify(Duration.ofSeconds(20));
            Revocations revocationsOnB = replicaB.bean(Revocations.class);

            // B has read the table and not finished: the revocation is neither in that read nor missed.
            revocationsOnB.learned().filter(jti::equals).next()
                    .as(StepVerifier::create)
                    .then(() -> fixture.revoke(patient))
                    .expectNext(jti)
                    .expectComplete()
                    .verify(Duration.ofSeconds(5));
            assertThat(revocationsOnB.isCurrent()).as("B trusting its memory before its read has finished").isFalse();
            assertThat(me(replicaB.client(), patient)).as("GET /api/me on B while it starts").isEqualTo(401);
            HeldReload.release.tryEmitEmpty();
            awaiting("B's read finishing").until(revocationsOnB::isCurrent);

            try (LockedTable locked = LockedTable.lock(environment, "revoked_tokens")) {
                assertThat(me(replicaB.client(), patient)).as("GET /api/me on B once started, revoked_tokens locked")
                        .isEqualTo(401);
            }
        }
    }

    private Replica startB(Map<String, Object> settings, Class<?>... sources) {
        return Replica.beside(environment, settings, sources);
    }

    /** B's read of revoked_tokens, held back after the query has run until the test releases it. */
    static class HeldReload {

        static final Sinks.Empty<Void> read = Sinks.empty();
        static final Sinks.Empty<Void> release = Sinks.empty();

        @Bean
        @Primary
        RevokedTokens heldRevokedTokens(DatabaseClient db) {
            return new RevokedTokens(db) {
                @Override
                Flux<Revocation> all() {
                    return super.all().collectList()
                            .doOnNext(rows -> read.tryEmitEmpty())
                            .flatMapMany(rows -> release.asMono().thenMany(Flux.fromIterable(rows)));
                }
            };
        }
    }
}
