package com.medondoor.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.medondoor.Api;
import com.medondoor.ExpiredRowsFixture;
import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static com.medondoor.ProblemAssertions.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revocations are swept once their token has expired (and a minute more), never before: a revoked
 * token stays refused for as long as it would otherwise be accepted. The service's own sweeper waits
 * an hour here, so that only the test deletes.
 */
@TestPropertySource(properties = "medondoor.retention.sweep-interval=1h")
@DirtiesContext
class RevocationRetentionIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern JTI = Pattern.compile("\"jti\":\"([0-9a-f-]{36})\"");

    @Autowired
    private ExpiredRevocations expiredRevocations;

    @Autowired
    private DatabaseClient db;

    private ExpiredRowsFixture fixture;

    @BeforeEach
    void noRevocationsLeft() {
        fixture = new ExpiredRowsFixture(db);
        db.sql("DELETE FROM revoked_tokens").then().block(TIMEOUT);
    }

    @Test
    void revokedUnexpiredTokenStillRefusedAfterSweep() {
        Api.Account patient = api().patient();
        api().post("/api/auth/logout", patient, null).expectStatus().isNoContent();
        fixture.revocations(1500, Duration.ofHours(1));

        assertThat(sweep()).as("revocations swept: the expired ones only").isEqualTo(1500);

        assertThat(fixture.count("revoked_tokens", "jti = '" + jti(patient.token()) + "'"))
                .as("revocation of the unexpired token after the sweep").isEqualTo(1);
        expectProblem(api().get("/api/me", patient), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void deleteBatchRemovesAtMostTheLimitAndOnlyExpiredRevocations() {
        fixture.revocations(2500, Duration.ofHours(1));
        fixture.revocations(10, Duration.ofMinutes(-15));

        List<Long> batches = new ArrayList<>();
        long deleted;
        do {
            deleted = expiredRevocations.deleteBatch(1000).block(TIMEOUT);
            batches.add(deleted);
        }
        while (deleted == 1000 && batches.size() < 10);

        assertThat(batches).as("revocations deleted by each statement").containsExactly(1000L, 1000L, 500L);
        assertThat(fixture.count("revoked_tokens", "true")).as("revocations left: those of unexpired tokens")
                .isEqualTo(10);
    }

    @Test
    void revocationKeptForAMinuteAfterItsTokenExpired() {
        fixture.revocations(3, Duration.ofSeconds(20));

        assertThat(sweep()).as("revocations swept less than a minute after their tokens expired").isZero();
    }

    @Test
    void logoutLeavesExpiredRevocationsToTheSweep() {
        fixture.revocations(5, Duration.ofHours(1));

        api().post("/api/auth/logout", api().patient(), null).expectStatus().isNoContent();

        assertThat(fixture.count("revoked_tokens", "true")).as("revocations after a logout: 5 expired, and the new ones of the token and of its session")
                .isEqualTo(7);
    }

    private long sweep() {
        long total = 0;
        long deleted;
        do {
            deleted = expiredRevocations.deleteBatch(1000).block(TIMEOUT);
            total += deleted;
        }
        while (deleted == 1000);
        return total;
    }

    private static String jti(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher jti = JTI.matcher(claims);
        assertThat(jti.find()).as("the token's claims carry a jti: " + claims).isTrue();
        return jti.group(1);
    }
}
