package com.medondoor.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Registration and its validation rules. Login, logout and /api/me are in {@link AuthSessionIntegrationTests}. */
class AuthIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    @Test
    void registerPatientThenCreatedWithoutPasswordHash() {
        Map<String, Object> user = json(register(registration()).expectStatus().isCreated());

        assertThat(user).as("registered user").containsKeys("id", "name", "email", "role", "createdAt")
                .containsEntry("role", "USER")
                .doesNotContainKeys("password", "passwordHash", "password_hash");
        assertThat(user.values()).as("no value of the registered user may be the password or its hash")
                .noneMatch(value -> value instanceof String text
                        && (text.equals("longenough") || text.startsWith("$2")));
    }

    @Test
    void registerNurseThenCreatedUnverifiedWithTheirLicence() {
        Map<String, Object> body = nurse();

        Map<String, Object> user = json(register(body).expectStatus().isCreated());

        assertThat(user).as("registered nurse").containsEntry("role", "PROVIDER")
                .containsEntry("serviceType", "NURSE_VISIT")
                .containsEntry("professional", Map.of("licenceNumber", "RCN 12345"));
        @SuppressWarnings("unchecked")
        Map<String, Object> verification = (Map<String, Object>) user.get("verification");
        assertThat(verification).as("a new provider's verification")
                .containsEntry("status", "UNVERIFIED").containsEntry("reason", null).containsKey("changedAt");
        db.sql("SELECT licence_number, identity_document, vehicle, verification FROM users WHERE id = :id")
                .bind("id", UUID.fromString((String) user.get("id")))
                .map(row -> row.get("licence_number") + " " + row.get("identity_document") + " " + row.get("vehicle")
                        + " " + row.get("verification"))
                .one()
                .as(StepVerifier::create)
                .expectNext("RCN 12345 null null UNVERIFIED")
                .as("the stored details, stripped, and the status")
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void registerCourierThenCreatedUnverifiedWithIdentityAndVehicle() {
        Map<String, Object> body = nurse();
        body.put("serviceType", "MEDICINE_DELIVERY");
        body.put("professional", Map.of("identityDocument", "Passport X1234567", "vehicle", "Red scooter, AB12 CDE"));

        register(body).expectStatus().isCreated().expectBody()
                .jsonPath("$.verification.status").isEqualTo("UNVERIFIED")
                .jsonPath("$.professional.identityDocument").isEqualTo("Passport X1234567")
                .jsonPath("$.professional.vehicle").isEqualTo("Red scooter, AB12 CDE")
                .jsonPath("$.professional.licenceNumber").doesNotExist();
    }

    @Test
    void registerPatientThenNoVerificationAndNoProfessionalDetails() {
        register(registration()).expectStatus().isCreated().expectBody()
                .jsonPath("$.verification").doesNotExist()
                .jsonPath("$.professional").doesNotExist();
    }

    @Test
    void registerWithMixedCaseEmailThenStoredLowerCased() {
        Map<String, Object> body = registration();
        String email = "Grace.Hopper-" + UUID.randomUUID() + "@Example.TEST";
        body.put("email", email);

        Map<String, Object> user = json(register(body).expectStatus().isCreated());

        assertThat(user.get("email")).as("email in the response").isEqualTo(email.toLowerCase());
        db.sql("SELECT email FROM users WHERE id = :id")
                .bind("id", UUID.fromString((String) user.get("id")))
                .map(row -> row.get("email", String.class))
                .one()
                .as(StepVerifier::create)
                .expectNext(email.toLowerCase())
                .expectComplete()
                .verify(TIMEOUT);
    }

    @Test
    void registerWhenEmailTakenThenConflict() {
        Map<String, Object> body = registration();
        register(body).expectStatus().isCreated();

        Map<String, Object> again = registration();
        again.put("email", body.get("email"));
        expectProblem(register(again), HttpStatus.CONFLICT);
    }

    @Test
    void registerWhenEmailTakenInAnotherCaseThenConflict() {
        Map<String, Object> body = registration();
        register(body).expectStatus().isCreated();

        Map<String, Object> again = registration();
        again.put("email", ((String) body.get("email")).toUpperCase());
        expectProblem(register(again), HttpStatus.CONFLICT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void registerWhenInvalidThenBadRequestNamingTheField(String description, Consumer<Map<String, Object>> change,
            String field) {
        Map<String, Object> body = registration();
        change.accept(body);

        expectInvalid(register(body), field);
        db.sql("SELECT count(*) AS n FROM users WHERE email = :email")
                .bind("email", String.valueOf(body.get("email")).toLowerCase())
                .map(row -> row.get("n", Long.class))
                .one()
                .as(StepVerifier::create)
                .expectNext(0L)
                .as("a refused registration stores no user")
                .expectComplete()
                .verify(TIMEOUT);
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.of(
                invalid("bad email", body -> body.put("email", "not-an-email"), "email"),
                invalid("password of 7 characters", body -> body.put("password", "abcdefg"), "password"),
                invalid("common password in another case", body -> body.put("password", "PassWord1"), "password"),
                invalid("password of 73 characters", body -> body.put("password", "p".repeat(73)), "password"),
                invalid("password of 40 characters but 80 bytes",
                        body -> body.put("password", "é".repeat(40)), "password"),
                invalid("PROVIDER without serviceType", body -> body.put("role", "PROVIDER"), "serviceType"),
                invalid("nurse without a licence", body -> {
                    body.putAll(nurse());
                    body.remove("professional");
                }, "professional.licenceNumber"),
                invalid("courier without a vehicle", body -> {
                    body.putAll(nurse());
                    body.put("serviceType", "MEDICINE_DELIVERY");
                    body.put("professional", Map.of("identityDocument", "ID 1"));
                }, "professional.vehicle"),
                invalid("USER with professional details",
                        body -> body.put("professional", Map.of("licenceNumber", "RCN 1")), "professional"),
                invalid("USER with serviceType", body -> body.put("serviceType", "NURSE_VISIT"), "serviceType"),
                invalid("role ADMIN", body -> body.put("role", "ADMIN"), "role"),
                invalid("missing role", body -> body.remove("role"), "role"),
                invalid("missing name", body -> body.remove("name"), "name"));
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> change, String field) {
        return Arguments.of(description, change, field);
    }

    /** A valid patient registration with a fresh email; tests change it to make it invalid. */
    private static Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Ada Lovelace");
        body.put("email", "ada-" + UUID.randomUUID() + "@example.test");
        body.put("password", "longenough");
        body.put("role", "USER");
        return body;
    }

    /** A valid nurse's registration with a fresh email. */
    private static Map<String, Object> nurse() {
        Map<String, Object> body = registration();
        body.put("role", "PROVIDER");
        body.put("serviceType", "NURSE_VISIT");
        body.put("professional", Map.of("licenceNumber", "  RCN 12345 "));
        return body;
    }

    private WebTestClient.ResponseSpec register(Map<String, Object> body) {
        return http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }
}
