package com.medondoor.system;

import java.time.Duration;

import com.medondoor.ExpiredRowsFixture;
import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The running service sweeps by itself, every {@code medondoor.retention.sweep-interval}. */
@TestPropertySource(properties = "medondoor.retention.sweep-interval=200ms")
@DirtiesContext
class ScheduledSweepIntegrationTests extends IntegrationTest {

    @Autowired
    private RetentionSweeper sweeper;

    @Autowired
    private DatabaseClient db;

    @Test
    void expiredRowsDeletedByTheRunningServiceAndUnexpiredKept() {
        ExpiredRowsFixture fixture = new ExpiredRowsFixture(db);
        fixture.idempotencyKeys(1200, Duration.ofHours(25));
        fixture.idempotencyKeys(3, Duration.ofHours(1));
        fixture.revocations(1200, Duration.ofHours(1));
        fixture.revocations(3, Duration.ofMinutes(-10));
        assertThat(sweeper.isRunning()).as("the sweeper runs from context start").isTrue();

        await("expired keys and revocations swept by the service").atMost(Duration.ofSeconds(15))
                .until(() -> fixture.count("idempotency_keys", "true") == 3
                        && fixture.count("revoked_tokens", "true") == 3);

        assertThat(fixture.count("idempotency_keys", "created_at > now() - interval '2 hours'"))
                .as("keys left: those within their retention").isEqualTo(3);
        assertThat(fixture.count("revoked_tokens", "expires_at > now()"))
                .as("revocations left: those of unexpired tokens").isEqualTo(3);
    }
}
