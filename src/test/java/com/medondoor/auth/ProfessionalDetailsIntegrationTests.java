package com.medondoor.auth;

import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/**
 * A provider correcting their professional details ({@code PUT /api/me/professional}): while they wait
 * (UNVERIFIED, keeping their place in the queue) or after a rejection (UNVERIFIED again, at the back of the
 * queue, the reason gone); never once verified or suspended, when the details are what was checked.
 */
class ProfessionalDetailsIntegrationTests extends IntegrationTest {

    @Test
    void resubmitWhileUnverifiedThenNewDetailsAndTheSamePlaceInTheQueue() {
        Account nurse = api().unverifiedProvider(ServiceType.NURSE_VISIT);
        String since = JsonPath.read(json(api().get("/api/me", nurse).expectStatus().isOk()), "$.verification.changedAt");

        Map<String, Object> user = json(api().put("/api/me/professional", nurse, Map.of("licenceNumber", " RCN 999 "))
                .expectStatus().isOk());

        assertThat(user.get("professional")).as("the details after").isEqualTo(Map.of("licenceNumber", "RCN 999"));
        assertThat(JsonPath.<Map<String, Object>>read(user, "$.verification")).as("verification after")
                .containsEntry("status", "UNVERIFIED").containsEntry("reason", null).containsEntry("changedAt", since);
    }

    @Test
    void resubmitAfterRejectionThenUnverifiedAgainWithoutTheReason() {
        Account courier = api().unverifiedProvider(ServiceType.MEDICINE_DELIVERY);
        api().post("/api/admin/providers/" + courier.id() + "/reject", api().admin(), Map.of("reason", "Blurry document"))
                .expectStatus().isOk().returnResult(Void.class);

        Map<String, Object> user = json(api().put("/api/me/professional", courier,
                Map.of("identityDocument", "Passport P7654321", "vehicle", "Green van")).expectStatus().isOk());

        assertThat(user.get("professional")).isEqualTo(Map.of("identityDocument", "Passport P7654321", "vehicle", "Green van"));
        assertThat(JsonPath.<Map<String, Object>>read(user, "$.verification")).containsEntry("status", "UNVERIFIED")
                .containsEntry("reason", null);
        assertThat(JsonPath.<String>read(json(api().get("/api/admin/providers?status=UNVERIFIED", api().admin())
                .expectStatus().isOk()), "$.items[-1].id")).as("last in the queue").isEqualTo(courier.id().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"VERIFIED", "SUSPENDED"})
    void resubmitOnceVerifiedOrSuspendedThenConflictNamingTheStatusAndNothingChanged(String status) {
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        if (status.equals("SUSPENDED")) {
            api().post("/api/admin/providers/" + nurse.id() + "/suspend", api().admin(), Map.of("reason", "Complaint"))
                    .expectStatus().isOk().returnResult(Void.class);
        }
        Object before = json(api().get("/api/me", nurse).expectStatus().isOk()).get("professional");

        Map<String, Object> problem = assertProblem(api().put("/api/me/professional", nurse,
                Map.of("licenceNumber", "RCN 000")), HttpStatus.CONFLICT, "wrong-verification-status");

        assertThat(problem).containsEntry("currentStatus", status);
        assertThat(json(api().get("/api/me", nurse).expectStatus().isOk()).get("professional")).as("details after")
                .isEqualTo(before);
    }

    @Test
    void resubmitDetailsOfAnotherServiceTypeThenBadRequestNamingThem() {
        Account doctor = api().unverifiedProvider(ServiceType.DOCTOR_CONSULTATION);

        assertInvalid(api().put("/api/me/professional", doctor, Map.of("identityDocument", "ID 1", "vehicle", "Car")),
                "identityDocument", "licenceNumber", "vehicle");
        assertInvalid(api().put("/api/me/professional", doctor, Map.of("licenceNumber", "")), "licenceNumber");
    }

    @Test
    void resubmitAsPatientThenForbidden() {
        assertProblem(api().put("/api/me/professional", api().patient(), Map.of("licenceNumber", "RCN 1")),
                HttpStatus.FORBIDDEN, "forbidden");
    }
}
