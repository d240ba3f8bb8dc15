package com.medondoor.admin;

import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;

/** Administrators creating administrators: never by registration, never by promoting an account. */
class AdministratorsIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    @Test
    void createAdminThenCreatedAbleToLogInAndAudited() {
        Account admin = api().admin();
        String email = "grace-" + UUID.randomUUID() + "@medondoor.test";

        Map<String, Object> created = json(api().post("/api/admin/admins", admin,
                Map.of("name", "Grace Hopper", "email", email.toUpperCase(), "password", Api.PASSWORD))
                .expectStatus().isCreated());

        assertThat(created).containsEntry("role", "ADMIN").containsEntry("email", email).containsEntry("name", "Grace Hopper")
                .doesNotContainKeys("verification", "professional", "serviceType", "rating", "password");
        Map<String, Object> login = json(api().post("/api/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
                .expectStatus().isOk());
        assertThat(JsonPath.<String>read(login, "$.user.role")).as("the new administrator's role").isEqualTo("ADMIN");
        Account grace = new Account(UUID.fromString((String) created.get("id")), "Grace Hopper", email,
                (String) login.get("accessToken"));
        api().get("/api/admin/providers", grace).expectStatus().isOk().returnResult(Void.class);
        assertThat(db.sql("SELECT actor_id, action FROM audit_log WHERE subject_id = :id").bind("id", grace.id())
                .map(row -> row.get("actor_id", UUID.class) + " " + row.get("action", String.class)).all().collectList()
                .block(TIMEOUT)).as("the audit log about the new administrator")
                .containsExactly(admin.id() + " CREATE_ADMIN");
    }

    @Test
    void createAdminWithAPatientsEmailThenConflictAndThePatientStaysAPatient() {
        Account patient = api().patient();

        assertProblem(api().post("/api/admin/admins", api().admin(),
                Map.of("name", "Not promoted", "email", patient.email(), "password", "another long password")),
                HttpStatus.CONFLICT, "email-taken");

        assertThat(JsonPath.<String>read(json(api().get("/api/me", patient).expectStatus().isOk()), "$.role"))
                .as("the patient's role").isEqualTo("USER");
        assertThat(db.sql("SELECT count(*) AS n FROM audit_log WHERE subject_id = :id").bind("id", patient.id())
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT)).as("audit entries about the patient").isZero();
    }

    @Test
    void createAdminWithACommonPasswordOrWithoutANameThenBadRequestNamingIt() {
        Account admin = api().admin();
        String email = "weak-" + UUID.randomUUID() + "@medondoor.test";

        assertInvalid(api().post("/api/admin/admins", admin, Map.of("name", "Weak", "email", email, "password", "password1")),
                "password");
        assertInvalid(api().post("/api/admin/admins", admin, Map.of("email", email, "password", Api.PASSWORD)), "name");
        assertProblem(api().post("/api/auth/login", null, Map.of("email", email, "password", "password1")),
                HttpStatus.UNAUTHORIZED, "bad-credentials");
    }

    @Test
    void registerAsAdminThenBadRequestAndNoAccount() {
        String email = "self-made-" + UUID.randomUUID() + "@medondoor.test";

        Map<String, Object> problem = assertInvalid(api().post("/api/auth/register", null,
                Map.of("name", "Self made", "email", email, "password", Api.PASSWORD, "role", "ADMIN")), "role");

        assertThat(problem.get("errors")).isEqualTo(List.of(Map.of("field", "role", "message", "must be USER or PROVIDER")));
        assertProblem(api().post("/api/auth/login", null, Map.of("email", email, "password", Api.PASSWORD)),
                HttpStatus.UNAUTHORIZED, "bad-credentials");
    }
}
