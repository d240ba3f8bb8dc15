package com.medondoor.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password policy with settings other than the defaults, which proves they are read: a minimum of
 * 10 characters and a bcrypt cost of 5. The default minimum of 8 is in {@link AuthIntegrationTests}.
 */
@DirtiesContext
class PasswordPolicyIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    @DynamicPropertySource
    static void policy(DynamicPropertyRegistry registry) {
        registry.add("medondoor.security.password-min-length", () -> "10");
        registry.add("medondoor.security.bcrypt-strength", () -> "5");
    }

    @Test
    void registerWithPasswordShorterThanConfiguredMinimumThenInvalidPassword() {
        String email = email();
        expectInvalid(register(email, "rk7#vq2!m"), "password")
                .jsonPath("$.errors[0].message").isEqualTo("must be at least 10 characters");
        expectNoUser(email, "a 9-character password under a minimum of 10");
    }

    @Test
    void registerWithPasswordOfConfiguredMinimumThenCreated() {
        register(email(), "rk7#vq2!mz").expectStatus().isCreated();
    }

    @Test
    void registerWithCommonPasswordInAnyCaseThenInvalidPassword() {
        for (String common : new String[] {"qwertyuiop", "QwertyUIOP", "1q2w3e4r5t", "Password123"}) {
            String email = email();
            expectInvalid(register(email, common), "password")
                    .jsonPath("$.errors[0].message").isEqualTo("is one of the most common passwords; choose another");
            expectNoUser(email, "the common password " + common);
        }
    }

    @Test
    void storedHashUsesConfiguredBcryptCost() {
        String email = email();
        register(email, "an uncommon passphrase").expectStatus().isCreated();

        db.sql("SELECT password_hash FROM users WHERE email = :email").bind("email", email)
                .map(row -> row.get("password_hash", String.class))
                .one()
                .as(StepVerifier::create)
                .assertNext(hash -> assertThat(hash)
                        .as("the stored hash names bcrypt cost 5 (medondoor.security.bcrypt-strength)")
                        .startsWith("$2a$05$"))
                .expectComplete()
                .verify(TIMEOUT);
    }

    private void expectNoUser(String email, String what) {
        db.sql("SELECT count(*) AS n FROM users WHERE email = :email").bind("email", email)
                .map(row -> row.get("n", Long.class))
                .one()
                .as(StepVerifier::create)
                .expectNext(0L)
                .as("no user stored after a registration with " + what)
                .expectComplete()
                .verify(TIMEOUT);
    }

    private static String email() {
        return "pat-" + UUID.randomUUID() + "@example.test";
    }

    private WebTestClient.ResponseSpec register(String email, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Pat");
        body.put("email", email);
        body.put("password", password);
        body.put("role", "USER");
        return api().post("/api/auth/register", null, body);
    }
}
