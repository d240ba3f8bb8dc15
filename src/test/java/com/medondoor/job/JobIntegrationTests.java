package com.medondoor.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.expectStatusConflict;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a provider sees and claims. Completing, the provider's own jobs and the audit trail are in
 * {@link JobCompleteIntegrationTests}.
 */
class JobIntegrationTests extends IntegrationTest {

    @Test
    void availableThenOnlyPendingOfOwnTypeOldestFirst() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID oldest = api().book(patient, ServiceType.NURSE_VISIT);
        UUID doctorVisit = api().book(patient, ServiceType.DOCTOR_CONSULTATION);
        UUID claimed = api().book(patient, ServiceType.NURSE_VISIT);
        UUID cancelled = api().book(patient, ServiceType.NURSE_VISIT);
        UUID newest = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), claimed);
        api().post("/api/bookings/" + cancelled + "/cancel", patient, null).expectStatus().isOk();

        List<Map<String, Object>> items = items(json(
                api().get("/api/jobs/available?size=100", nurse).expectStatus().isOk()));

        // Other tests of this class share the database: judge this test's bookings by id, and the rest by rule.
        assertThat(ids(items)).as("this test's bookings among the available jobs, oldest first")
                .filteredOn(id -> List.of(oldest, doctorVisit, claimed, cancelled, newest).contains(id))
                .containsExactly(oldest, newest);
        assertThat(items).as("every available job is PENDING and a NURSE_VISIT")
                .allSatisfy(item -> assertThat(item)
                        .containsEntry("status", "PENDING")
                        .containsEntry("serviceType", "NURSE_VISIT"));
        assertThat(items.stream().map(item -> Instant.parse((String) item.get("createdAt"))).toList())
                .as("available jobs oldest first").isSorted();
    }

    @Test
    void availableAfterClaimThenGoneForEveryone() {
        UUID booking = api().book(api().patient(), ServiceType.DOCTOR_CONSULTATION);
        Api.Account claimer = api().provider(ServiceType.DOCTOR_CONSULTATION);
        Api.Account other = api().provider(ServiceType.DOCTOR_CONSULTATION);
        assertThat(availableIds(other)).as("available before the claim").contains(booking);

        api().claim(claimer, booking);

        assertThat(availableIds(other)).as("available to another provider after the claim").doesNotContain(booking);
        assertThat(availableIds(claimer)).as("available to the claimer after the claim").doesNotContain(booking);
    }

    @Test
    void claimPendingThenAcceptedWithThisProvider() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);

        Map<String, Object> claimed = json(claim(booking, nurse).expectStatus().isOk());

        assertThat(claimed).as("claimed booking")
                .containsEntry("id", booking.toString())
                .containsEntry("status", "ACCEPTED")
                .containsEntry("provider", Map.of("id", nurse.id().toString(), "name", nurse.name()))
                .containsEntry("patient", Map.of("id", patient.id().toString(), "name", patient.name()));
        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ACCEPTED")
                .jsonPath("$.provider.id").isEqualTo(nurse.id().toString());
    }

    @Test
    void claimWhenAlreadyClaimedThenConflictSayingAccepted() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        Api.Account first = api().provider(ServiceType.NURSE_VISIT);
        api().claim(first, booking);

        expectStatusConflict(claim(booking, api().provider(ServiceType.NURSE_VISIT)), "ACCEPTED");
        assertThat(ids(items(json(api().get("/api/jobs/mine", first).expectStatus().isOk()))))
                .as("the first claimer keeps the job").containsExactly(booking);
    }

    @Test
    void claimWhenCancelledThenConflictSayingCancelled() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().post("/api/bookings/" + booking + "/cancel", patient, null).expectStatus().isOk();

        expectStatusConflict(claim(booking, api().provider(ServiceType.NURSE_VISIT)), "CANCELLED");
    }

    @Test
    void claimWhenCompletedThenConflictSayingCompleted() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);
        api().complete(nurse, booking);

        expectStatusConflict(claim(booking, api().provider(ServiceType.NURSE_VISIT)), "COMPLETED");
        expectStatusConflict(claim(booking, nurse), "COMPLETED");
    }

    @Test
    void claimWhenOtherServiceTypeThenForbiddenAndStillPending() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        expectProblem(claim(booking, api().provider(ServiceType.MEDICINE_DELIVERY)), HttpStatus.FORBIDDEN);
        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING");
    }

    @Test
    void claimUnknownBookingThenNotFound() {
        expectProblem(claim(UUID.randomUUID(), api().provider(ServiceType.NURSE_VISIT)), HttpStatus.NOT_FOUND);
    }

    @Test
    void claimWithMalformedIdThenBadRequest() {
        expectInvalid(api().post("/api/jobs/123/claim", api().provider(ServiceType.NURSE_VISIT), null), "id");
    }

    private WebTestClient.ResponseSpec claim(UUID booking, Api.Account provider) {
        return api().post("/api/jobs/" + booking + "/claim", provider, null);
    }

    private List<UUID> availableIds(Api.Account provider) {
        return ids(items(json(api().get("/api/jobs/available?size=100", provider).expectStatus().isOk())));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static List<UUID> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> UUID.fromString((String) item.get("id"))).toList();
    }
}
