package com.medondoor.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo accounts of a developer's run, written here into the test database by hand: the shared test
 * context has a configured database, so it never writes them itself ({@code OnDevDatabaseTests}).
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    @Autowired
    private Passwords passwords;

    @BeforeEach
    void noDemoAccounts() {
        db.sql("DELETE FROM users WHERE email LIKE '%@medondoor.test'").then().block(TIMEOUT);
    }

    @Test
    void seedCreatesEachAccountOnceAndEachSignsInWithTheReadmePassword() {
        DemoAccounts demo = new DemoAccounts(db, passwords);

        assertThat(demo.seed().block(TIMEOUT)).as("accounts created on an empty database").isEqualTo(7L);
        assertThat(demo.seed().block(TIMEOUT)).as("accounts created by a second run").isZero();
        for (DemoAccounts.DemoAccount account : DemoAccounts.ACCOUNTS) {
            Map<?, ?> user = (Map<?, ?>) login(account.email()).get("user");
            assertThat(user.get("role")).as("role of " + account.email()).isEqualTo(account.role());
        }
        assertThat(db.sql("""
                SELECT service_type || ' ' || verification AS provider FROM users
                 WHERE email LIKE '%@medondoor.test' AND role = 'PROVIDER' ORDER BY 1
                """).map(row -> row.get("provider", String.class)).all().collectList().block(TIMEOUT))
                .as("the demo providers: a verified one of every type, two nurses, and one awaiting verification")
                .containsExactly("DOCTOR_CONSULTATION VERIFIED", "MEDICINE_DELIVERY VERIFIED", "NURSE_VISIT UNVERIFIED",
                        "NURSE_VISIT VERIFIED", "NURSE_VISIT VERIFIED");
    }

    @Test
    void accountAlreadyUsingADemoEmailIsLeftAsItIs() {
        http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Someone Else", "email", "nurse@medondoor.test",
                        "password", "someone else's password", "role", "USER"))
                .exchange().expectStatus().isCreated().returnResult(Void.class);

        assertThat(new DemoAccounts(db, passwords).seed().block(TIMEOUT)).as("accounts created").isEqualTo(6L);
        assertThat(db.sql("SELECT name, role FROM users WHERE email = 'nurse@medondoor.test'")
                .fetch().one().block(TIMEOUT)).as("the account that had the demo nurse's email")
                .isEqualTo(Map.of("name", "Someone Else", "role", "USER"));
    }

    @Test
    void logNamesTheAccountsAndNeverThePassword(CapturedOutput output) {
        new DemoAccounts(db, passwords).seedWhenReady();

        await().atMost(TIMEOUT).until(() -> output.getOut().contains("Demo accounts"));
        List<String> lines = output.getOut().lines().filter(line -> line.contains("Demo accounts")).toList();
        assertThat(lines).as("the demo accounts' log line").singleElement().satisfies(line -> assertThat(line)
                .contains("admin@medondoor.test (ADMIN)", "applicant@medondoor.test (NURSE_VISIT, UNVERIFIED)")
                .doesNotContain(DemoAccounts.PASSWORD));
    }

    private Map<?, ?> login(String email) {
        return http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", DemoAccounts.PASSWORD))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
