package com.medondoor.auth;

import java.time.Duration;
import java.util.Map;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.Replica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Brute force against login: slowed, then refused with 429, per account and per client, on every replica. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "medondoor.security.login.account-failures=3",
        "medondoor.security.login.client-failures=8",
        "medondoor.security.login.slow-after=1",
        "medondoor.security.login.slowdown=" + LoginThrottleIntegrationTests.SLOWDOWN_MS + "ms"})
@DirtiesContext
class LoginThrottleIntegrationTests extends IntegrationTest {

    /** The service's default is a second; a shorter one keeps the class's many slowed failures quick. */
    static final long SLOWDOWN_MS = 300;

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private DatabaseClient db;

    @Autowired
    private Environment environment;

    @Autowired
    private ExpiredLoginFailures expiredLoginFailures;

    @BeforeEach
    void forgetFailures() {
        db.sql("DELETE FROM login_failures").then().block(Duration.ofSeconds(5));
    }

    @Test
    void accountLockedAfterRepeatedFailuresEvenForTheRightPassword() {
        Api.Account patient = api().patient();
        for (int i = 0; i < 3; i++) {
            login(http, patient.email(), "wrong password " + i).expectStatus().isUnauthorized();
        }
        login(http, patient.email(), PASSWORD)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter ->
                        assertThat(Long.parseLong(retryAfter)).as("Retry-After seconds").isBetween(1L, 15 * 60L))
                .expectBody().jsonPath("$.status").isEqualTo(429);
    }

    @Test
    void refusalByTheThrottleIsLoggedWithoutTheEmail(CapturedOutput output) {
        Api.Account patient = api().patient();
        for (int i = 0; i < 3; i++) {
            login(http, patient.email(), "wrong password " + i).expectStatus().isUnauthorized();
        }
        String requestId = login(http, patient.email(), PASSWORD).expectStatus().isEqualTo(429)
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(output.getOut().lines().filter(line -> line.contains("[" + requestId + "]")))
                .as("lines logged for the refused login")
                .anySatisfy(line -> assertThat(line).contains("Refused a login for account")
                        .contains("too many failed logins for the account"))
                .noneSatisfy(line -> assertThat(line).containsIgnoringCase(patient.email()));
    }

    @Test
    void endedWindowCountsForNothingAndIsSweptWhileCurrentOnesStay() {
        Api.Account patient = api().patient();
        for (int i = 0; i < 3; i++) {
            login(http, patient.email(), "wrong password " + i).expectStatus().isUnauthorized();
        }
        db.sql("UPDATE login_failures SET window_ends = now() - interval '1 second'").then().block(Duration.ofSeconds(5));
        db.sql("INSERT INTO login_failures VALUES ('client:192.0.2.1', 1, now() + interval '1 hour')")
                .then().block(Duration.ofSeconds(5));

        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        db.sql("UPDATE login_failures SET window_ends = now() - interval '1 second' WHERE subject <> 'client:192.0.2.1'")
                .then().block(Duration.ofSeconds(5));
        assertThat(expiredLoginFailures.deleteBatch(1000).block(Duration.ofSeconds(5)))
                .as("ended windows swept: the account's and the test client's").isEqualTo(2);
        assertThat(db.sql("SELECT subject FROM login_failures").map(row -> row.get("subject", String.class))
                .all().collectList().block(Duration.ofSeconds(5))).as("counters left").containsExactly("client:192.0.2.1");
        login(http, patient.email(), PASSWORD).expectStatus().isOk();
    }

    @Test
    void unknownEmailIsThrottledLikeAWrongPassword() {
        for (int i = 0; i < 3; i++) {
            login(http, "nobody@example.test", "wrong password").expectStatus().isUnauthorized();
        }
        login(http, "nobody@example.test", "wrong password").expectStatus().isEqualTo(429);
    }

    @Test
    void failuresPastTheThresholdAreSlowed() {
        Api.Account patient = api().patient();
        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        long started = System.nanoTime();
        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answer time of the second failure")
                .isGreaterThanOrEqualTo(Duration.ofMillis(SLOWDOWN_MS - 20));
    }

    @Test
    void successfulLoginClearsTheAccountsFailures() {
        Api.Account patient = api().patient();
        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        login(http, patient.email(), PASSWORD).expectStatus().isOk();
        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
        login(http, patient.email(), PASSWORD).expectStatus().isOk();
    }

    @Test
    void clientLockedAfterFailuresAcrossManyAccounts() {
        Api.Account patient = api().patient();
        for (int i = 0; i < 8; i++) {
            login(http, "someone" + i + "@example.test", "wrong password").expectStatus().isUnauthorized();
        }
        login(http, patient.email(), PASSWORD).expectStatus().isEqualTo(429);
    }

    @Test
    void failuresCountOnEveryReplica() {
        Api.Account patient = api().patient();
        try (Replica replicaB = Replica.beside(environment, Map.of(
                "medondoor.security.login.account-failures", "3",
                "medondoor.security.login.slow-after", "10"))) {
            login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
            login(replicaB.client(), patient.email(), "wrong password").expectStatus().isUnauthorized();
            login(http, patient.email(), "wrong password").expectStatus().isUnauthorized();
            login(replicaB.client(), patient.email(), PASSWORD).expectStatus().isEqualTo(429);
        }
    }

    private static WebTestClient.ResponseSpec login(WebTestClient client, String email, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password)).exchange();
    }
}
