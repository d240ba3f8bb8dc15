package com.medondoor.admin;

import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Administrators verifying providers through the API: the queue and the search, each change from the one
 * status it starts from (and a 409 naming the status from any other), what the provider sees afterwards,
 * and the audit entry each change writes with it.
 */
class ProviderVerificationIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    private Account admin;

    @BeforeEach
    void administrator() {
        admin = api().admin();
    }

    @Test
    void approveThenTheProviderIsVerifiedSeesJobsAndTheAuditLogSaysWhoAndWhy() {
        Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);
        api().get("/api/jobs/available", nurse).expectStatus().isForbidden().returnResult(Void.class);

        Map<String, Object> provider = json(change(nurse, "approve", "Licence RCN 12345 checked in the register")
                .expectStatus().isOk());

        assertThat(provider).as("the approved provider").containsEntry("id", nurse.id().toString())
                .containsEntry("email", nurse.email()).containsKey("professional");
        assertThat(JsonPath.<String>read(provider, "$.verification.status")).as("status").isEqualTo("VERIFIED");
        assertThat(JsonPath.<Object>read(provider, "$.verification.reason")).as("an approval's reason, for the audit log only")
                .isNull();
        assertThat(JsonPath.<String>read(json(api().get("/api/me", nurse).expectStatus().isOk()), "$.verification.status"))
                .as("the provider's own view").isEqualTo("VERIFIED");
        api().get("/api/jobs/available", nurse).expectStatus().isOk().returnResult(Void.class);
        assertThat(auditOf(nurse)).as("the audit log about the provider")
                .containsExactly(admin.id() + " APPROVE_PROVIDER Licence RCN 12345 checked in the register");
    }

    @Test
    void rejectThenTheProviderSeesWhyAndMayResubmit() {
        Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);

        Map<String, Object> rejected = json(change(nurse, "reject", "No nurse with this licence in the register")
                .expectStatus().isOk());

        assertThat(JsonPath.<Map<String, Object>>read(rejected, "$.verification")).as("verification after rejection")
                .containsEntry("status", "REJECTED").containsEntry("reason", "No nurse with this licence in the register");
        Map<String, Object> resubmitted = json(api().put("/api/me/professional", nurse, Map.of("licenceNumber", "RCN 54321"))
                .expectStatus().isOk());
        assertThat(JsonPath.<Map<String, Object>>read(resubmitted, "$.verification")).as("verification after resubmitting")
                .containsEntry("status", "UNVERIFIED").containsEntry("reason", null);
        assertThat(auditOf(nurse)).as("the audit log about the provider")
                .containsExactly(admin.id() + " REJECT_PROVIDER No nurse with this licence in the register");
    }

    @Test
    void suspendThenReinstateThenVerifiedAgainWithBothInTheAuditLogNewestFirst() {
        Account courier = api().provider(ServiceType.MEDICINE_DELIVERY);

        Map<String, Object> suspended = json(change(courier, "suspend", "Complaint under review").expectStatus().isOk());
        assertThat(JsonPath.<Map<String, Object>>read(suspended, "$.verification")).as("after suspension")
                .containsEntry("status", "SUSPENDED").containsEntry("reason", "Complaint under review");
        assertProblem(api().get("/api/jobs/available", courier), HttpStatus.FORBIDDEN, "provider-not-verified");

        Map<String, Object> reinstated = json(change(courier, "reinstate", "Complaint withdrawn").expectStatus().isOk());
        assertThat(JsonPath.<Map<String, Object>>read(reinstated, "$.verification")).as("after reinstatement")
                .containsEntry("status", "VERIFIED").containsEntry("reason", null);
        api().get("/api/jobs/available", courier).expectStatus().isOk().returnResult(Void.class);
        assertThat(auditOf(courier)).as("the audit log about the provider, newest first").containsExactly(
                admin.id() + " REINSTATE_PROVIDER Complaint withdrawn",
                admin.id() + " SUSPEND_PROVIDER Complaint under review",
                admin.id() + " APPROVE_PROVIDER Details checked");
    }

    static Stream<Arguments> wrongStatuses() {
        return Stream.of(
                Arguments.of("approve", "VERIFIED"), Arguments.of("reject", "VERIFIED"),
                Arguments.of("reinstate", "VERIFIED"), Arguments.of("suspend", "UNVERIFIED"),
                Arguments.of("reinstate", "UNVERIFIED"), Arguments.of("approve", "SUSPENDED"),
                Arguments.of("suspend", "SUSPENDED"), Arguments.of("approve", "REJECTED"),
                Arguments.of("suspend", "REJECTED"), Arguments.of("reinstate", "REJECTED"));
    }

    @ParameterizedTest(name = "{0} a {1} provider -> 409")
    @MethodSource("wrongStatuses")
    void changeFromAStatusItDoesNotStartFromThenConflictNamingTheStatusAndNothingWritten(String action, String status) {
        Account provider = providerIn(status);
        List<String> auditBefore = auditOf(provider);

        Map<String, Object> problem = assertProblem(change(provider, action, "Trying anyway"), HttpStatus.CONFLICT,
                "wrong-verification-status");

        assertThat(problem).as("the problem").containsEntry("currentStatus", status);
        assertThat(JsonPath.<String>read(json(api().get("/api/admin/providers/" + provider.id(), admin)
                .expectStatus().isOk()), "$.verification.status")).as("status after the refusal").isEqualTo(status);
        assertThat(auditOf(provider)).as("the audit log after the refusal").isEqualTo(auditBefore);
    }

    @Test
    void changeOfNoProviderThenNotFound() {
        Account patient = api().patient();

        assertProblem(api().post("/api/admin/providers/" + UUID.randomUUID() + "/approve", admin, Map.of("reason", "x")),
                HttpStatus.NOT_FOUND, "provider-not-found");
        assertProblem(api().post("/api/admin/providers/" + patient.id() + "/approve", admin, Map.of("reason", "x")),
                HttpStatus.NOT_FOUND, "provider-not-found");
        assertProblem(api().get("/api/admin/providers/" + admin.id(), admin), HttpStatus.NOT_FOUND, "provider-not-found");
    }

    static Stream<Arguments> invalidReasons() {
        return Stream.of(Arguments.of("absent", Map.of()), Arguments.of("blank", Map.of("reason", "   ")),
                Arguments.of("1001 characters", Map.of("reason", "r".repeat(1001))),
                Arguments.of("a number", Map.of("reason", 42)));
    }

    @ParameterizedTest(name = "reason {0} -> 400")
    @MethodSource("invalidReasons")
    void changeWithoutAProperReasonThenBadRequestNamingIt(String what, Map<String, Object> body) {
        Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);

        assertInvalid(api().post("/api/admin/providers/" + nurse.id() + "/approve", admin, body), "reason");
        assertThat(auditOf(nurse)).as("the audit log after a refused request").isEmpty();
    }

    @Test
    void reasonOnSeveralLinesIsTakenAsItIs() {
        Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);

        change(nurse, "reject", "Licence expired.\nSend the renewed one.").expectStatus().isOk().returnResult(Void.class);

        assertThat(auditOf(nurse)).containsExactly(admin.id() + " REJECT_PROVIDER Licence expired.\nSend the renewed one.");
    }

    @Test
    void getProviderThenTheirDetailsEmailAndVerification() {
        Account courier = api().unverifiedProvider(ServiceType.MEDICINE_DELIVERY);

        Map<String, Object> provider = json(api().get("/api/admin/providers/" + courier.id(), admin).expectStatus().isOk());

        assertThat(provider).containsEntry("email", courier.email()).containsEntry("serviceType", "MEDICINE_DELIVERY")
                .containsEntry("role", "PROVIDER").containsKeys("rating", "createdAt");
        assertThat(JsonPath.<Map<String, Object>>read(provider, "$.professional")).as("the courier's details")
                .containsOnlyKeys("identityDocument", "vehicle");
        assertThat(JsonPath.<String>read(provider, "$.verification.status")).isEqualTo("UNVERIFIED");
    }

    private Account providerIn(String status) {
        Account provider = status.equals("UNVERIFIED") || status.equals("REJECTED")
                ? api().unverifiedProvider(ServiceType.NURSE_VISIT) : api().provider(ServiceType.NURSE_VISIT);
        switch (status) {
            case "REJECTED" -> change(provider, "reject", "Not found").expectStatus().isOk().returnResult(Void.class);
            case "SUSPENDED" -> change(provider, "suspend", "Complaint").expectStatus().isOk().returnResult(Void.class);
            default -> {
            }
        }
        return provider;
    }

    private WebTestClient.ResponseSpec change(Account provider, String action, String reason) {
        return api().post("/api/admin/providers/" + provider.id() + "/" + action, admin, Map.of("reason", reason));
    }

    /** Who did what and why, about this account, newest first, straight from the table. */
    private List<String> auditOf(Account subject) {
        return db.sql("SELECT actor_id, action, reason FROM audit_log WHERE subject_id = :subject ORDER BY id DESC")
                .bind("subject", subject.id())
                .map(row -> row.get("actor_id", UUID.class) + " " + row.get("action", String.class) + " "
                        + row.get("reason", String.class))
                .all().collectList().block(TIMEOUT);
    }
}
