package com.medondoor.auth;

import java.time.Duration;
import java.util.Map;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown email must cost a bcrypt check like a wrong password does, or response times would tell
 * which emails have accounts. With a cost of 12 one check takes well over 100 ms here, while a login
 * that skipped bcrypt answers in a few; only that lower bound is asserted, which a slow machine
 * cannot break.
 */
@TestPropertySource(properties = "medondoor.security.bcrypt-strength=12")
@DirtiesContext
class LoginTimingIntegrationTests extends IntegrationTest {

    private static final Duration ONE_BCRYPT_AT_COST_12 = Duration.ofMillis(100);

    @Test
    void unknownEmailCostsABcryptCheckLikeAWrongPassword() {
        Api.Account patient = api().patient();
        assertThat(timeOfFailedLogin(patient.email())).as("wrong password").isGreaterThan(ONE_BCRYPT_AT_COST_12);
        assertThat(timeOfFailedLogin("nobody-" + patient.email())).as("unknown email")
                .isGreaterThan(ONE_BCRYPT_AT_COST_12);
    }

    private Duration timeOfFailedLogin(String email) {
        long started = System.nanoTime();
        http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", "not the password"))
                .exchange().expectStatus().isUnauthorized();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
