package com.medondoor.auth;

import java.time.Duration;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.LockedTable;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

import static com.medondoor.auth.RevocationFixture.awaiting;
import static com.medondoor.auth.RevocationFixture.me;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One replica checks tokens against the revocations it keeps in memory. Where a test holds
 * {@code revoked_tokens} locked, an answer proves that the check did not read the table.
 */
class RevocationsIntegrationTests extends IntegrationTest {

    @Autowired
    private Environment environment;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private Revocations revocations;

    @Autowired
    private MeterRegistry meters;

    private RevocationFixture fixture;

    @BeforeEach
    void listening() {
        fixture = new RevocationFixture(db);
        awaiting("revocations read after the listener connected").until(revocations::isCurrent);
    }

    @Test
    void requestWhileListeningThenRevocationCheckedWithoutReadingTheDatabase() {
        Api.Account patient = api().patient();

        try (LockedTable locked = LockedTable.lock(environment, "revoked_tokens")) {
            assertThat(me(http, patient)).as("GET /api/me with a valid token, revoked_tokens locked").isEqualTo(200);
        }
    }

    @Test
    void logoutThenThisReplicaRefusesTheTokenAtOnceWithoutItsNotification() {
        Api.Account patient = api().patient();

        fixture.withoutNotifications(() ->
                api().post("/api/auth/logout", patient, null).expectStatus().isNoContent());

        try (LockedTable locked = LockedTable.lock(environment, "revoked_tokens")) {
            assertThat(me(http, patient)).as("GET /api/me right after logging out, no notification sent")
                    .isEqualTo(401);
        }
    }

    @Test
    void revocationUnheardThenRefusedOnceTheListenerHasReconnectedAndReloaded() {
        Api.Account patient = api().patient();
        double reconnects = reconnects();
        // As when it commits while this replica's LISTEN connection is down: no notification reaches it.
        fixture.revokeUnnotified(patient);

        assertThat(fixture.terminateListeners()).as("LISTEN connections terminated").isEqualTo(1);
        awaiting("the listener reconnecting").until(() -> reconnects() > reconnects);
        awaiting("revocations reloaded after the reconnection").until(revocations::isCurrent);

        try (LockedTable locked = LockedTable.lock(environment, "revoked_tokens")) {
            assertThat(me(http, patient)).as("GET /api/me with a token revoked while nobody listened")
                    .isEqualTo(401);
        }
    }

    @Test
    void revocationFromAnotherReplicaThenRefusedFromMemoryOnceNotified() {
        Api.Account patient = api().patient();
        UUID jti = RevocationFixture.jti(patient);

        revocations.learned().filter(jti::equals).next()
                .as(StepVerifier::create)
                .then(() -> fixture.revoke(patient))
                .expectNext(jti)
                .expectComplete()
                .verify(Duration.ofSeconds(5));

        try (LockedTable locked = LockedTable.lock(environment, "revoked_tokens")) {
            assertThat(me(http, patient)).as("GET /api/me with a token revoked elsewhere").isEqualTo(401);
        }
    }

    @Test
    void unreadableNotificationThenListenerStartsOverAndReloads() {
        double reconnects = reconnects();

        db.sql("SELECT pg_notify('revoked_tokens', 'not a revocation')").then().block(Duration.ofSeconds(5));

        awaiting("the listener reconnecting after a notification it could not read")
                .until(() -> reconnects() > reconnects);
        awaiting("revocations reloaded after the reconnection").until(revocations::isCurrent);
    }

    private double reconnects() {
        return meters.get("medondoor.live.listener.reconnects").counter().count();
    }
}
