package com.medondoor.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.Replica;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The first administrator, from {@code medondoor.admin.*} at start: created once however many replicas
 * start together, only while there is no administrator, never by promoting an account (the start stops
 * and says why), and never from a half-done configuration.
 */
class FirstAdministratorIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int REPLICAS = 8;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private FirstAdministrator firstAdministrator;

    @Autowired
    private AdministratorRepository administrators;

    @Autowired
    private PasswordPolicy policy;

    @Autowired
    private Passwords passwords;

    @Autowired
    private Environment environment;

    /** As the next test class expects it: only the configured administrator. */
    @AfterEach
    void freshDatabase() {
        emptyDatabase();
        firstAdministrator.create().block(TIMEOUT);
    }

    @Test
    void replicasCreatingAtOnceThenOneAdministratorAndOneAuditEntry() {
        emptyDatabase();

        Flux.range(0, REPLICAS).flatMap(replica -> firstAdministrator.create(), REPLICAS).then().block(TIMEOUT);

        assertThat(rows("SELECT email || ' ' || name AS row FROM users WHERE role = 'ADMIN'"))
                .as("administrators after %d replicas started at once", REPLICAS)
                .containsExactly(Api.ADMIN_EMAIL + " Administrator");
        assertThat(rows("SELECT coalesce(actor_id::text, 'the service') || ' ' || action AS row FROM audit_log"))
                .as("audit entries").containsExactly("the service CREATE_ADMIN");
    }

    /** A rollout: replicas of the old and the new configuration name different emails; one administrator still. */
    @Test
    void replicasOfDifferentEmailsCreatingAtOnceThenOneAdministrator() {
        emptyDatabase();
        String hash = new BCryptPasswordEncoder(4).encode(Api.PASSWORD);

        List<AdministratorRepository.FirstAdmin> outcomes = Flux.range(0, REPLICAS)
                .flatMap(replica -> administrators.createFirst("Administrator", "admin" + replica + "@medondoor.test", hash),
                        REPLICAS)
                .collectList().block(TIMEOUT);

        assertThat(outcomes).as("outcomes").filteredOn(outcome -> outcome.created() != null).hasSize(1);
        assertThat(rows("SELECT role AS row FROM users")).as("accounts").containsExactly("ADMIN");
        assertThat(rows("SELECT action AS row FROM audit_log")).as("audit entries").containsExactly("CREATE_ADMIN");
    }

    @Test
    void anAdministratorExistsThenNoneCreatedWhateverTheEmail() {
        Mono<Void> another = configured(new AdminProperties("someone-else@medondoor.test", Api.PASSWORD, null, null))
                .create();

        another.block(TIMEOUT);

        assertThat(rows("SELECT email AS row FROM users WHERE role = 'ADMIN'")).containsExactly(Api.ADMIN_EMAIL);
    }

    @Test
    void fromABcryptHashThenTheAdministratorLogsInWithItsPassword() {
        emptyDatabase();
        String hash = new BCryptPasswordEncoder(4).encode("a password only the operator knows");

        configured(new AdminProperties("Operator@Medondoor.test", null, hash, "Operator")).create().block(TIMEOUT);

        api().post("/api/auth/login", null, Map.of("email", "operator@medondoor.test",
                "password", "a password only the operator knows")).expectStatus().isOk()
                .expectBody().jsonPath("$.user.role").isEqualTo("ADMIN").jsonPath("$.user.name").isEqualTo("Operator");
    }

    @Test
    void emailOfAPatientThenTheStartStopsSayingWhyAndNoOneIsPromoted() {
        Api.Account patient = api().patient();
        emptyAdministrators();

        Throwable refusal = catchThrowable(() -> Replica.beside(environment, Map.of(
                "medondoor.admin.email", patient.email().toUpperCase(), "medondoor.admin.password", Api.PASSWORD)).close());

        assertThat(misconfiguration(refusal)).as("why a replica configured with a patient's email did not start")
                .hasMessage("medondoor.admin.email belongs to an existing USER account, and no account is ever made "
                        + "an administrator.");
        assertThat(rows("SELECT role AS row FROM users WHERE id = '" + patient.id() + "'")).containsExactly("USER");
        assertThat(rows("SELECT role AS row FROM users WHERE role = 'ADMIN'")).as("administrators").isEmpty();
    }

    @Test
    void emailOfAProviderThenRefusedEvenWhileAnAdministratorExists() {
        Api.Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);

        assertThatThrownBy(() -> configured(new AdminProperties(nurse.email(), Api.PASSWORD, null, null)).create()
                .block(TIMEOUT))
                .isInstanceOf(AdminMisconfigured.class).hasMessageContaining("belongs to an existing PROVIDER account");
    }

    @Test
    void misconfigurationThenAMessageSayingWhatToSetAndNoSecretInIt() {
        List<AdminProperties> broken = List.of(
                new AdminProperties("admin@medondoor.test", null, null, null),
                new AdminProperties(null, "a password nobody may see", null, null),
                new AdminProperties("admin@medondoor.test", "a password nobody may see", "$2a$04$" + "x".repeat(53), null),
                new AdminProperties("admin@medondoor.test", null, "not-a-bcrypt-hash-nobody-may-see", null),
                new AdminProperties("not an email", "a password nobody may see", null, null),
                new AdminProperties("admin@medondoor.test", "password", null, null));
        for (AdminProperties properties : broken) {
            assertThatThrownBy(() -> configured(properties).create().block(TIMEOUT)).as("%s", properties)
                    .isInstanceOf(AdminMisconfigured.class).satisfies(refusal -> {
                        FailureAnalysis analysis = new AdminMisconfigured.Analyzer().analyze(refusal);
                        assertThat(analysis.getDescription()).as("what the start-up says")
                                .startsWith("MedOnDoor cannot create its first administrator: medondoor.admin.")
                                .doesNotContain("nobody may see");
                        assertThat(analysis.getAction()).as("what to do").contains("MEDONDOOR_ADMIN_EMAIL");
                    });
        }
    }

    @Test
    void notConfiguredThenNothingHappens() {
        emptyDatabase();

        configured(new AdminProperties(null, null, null, null)).create().block(TIMEOUT);

        assertThat(rows("SELECT role AS row FROM users")).isEmpty();
    }

    private static Throwable misconfiguration(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof AdminMisconfigured)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("an AdminMisconfigured in %s", failure).isNotNull();
        return cause;
    }

    private FirstAdministrator configured(AdminProperties properties) {
        AdminProperties named = properties.name() == null ? new AdminProperties(properties.email(),
                properties.password(), properties.passwordHash(), "Administrator") : properties;
        return new FirstAdministrator(named, policy, passwords, administrators);
    }

    private void emptyDatabase() {
        db.sql("TRUNCATE users CASCADE").then().block(TIMEOUT);
    }

    private void emptyAdministrators() {
        db.sql("TRUNCATE audit_log").then().then(db.sql("DELETE FROM users WHERE role = 'ADMIN'").then()).block(TIMEOUT);
    }

    private List<String> rows(String sql) {
        return db.sql(sql).map(row -> row.get("row", String.class)).all().collectList().block(TIMEOUT);
    }
}
