package com.medondoor.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.expectStatusConflict;
import static com.medondoor.ProblemAssertions.json;
import static com.medondoor.job.JobIntegrationTests.ids;
import static com.medondoor.job.JobIntegrationTests.items;
import static org.assertj.core.api.Assertions.assertThat;

/** Completing a claimed job, the provider's own jobs, and the audit trail the lifecycle leaves. */
class JobCompleteIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Test
    void completeByClaimerThenCompleted() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);
        api().arrive(nurse, booking);

        complete(booking, nurse).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(booking.toString())
                .jsonPath("$.status").isEqualTo("COMPLETED")
                .jsonPath("$.provider.id").isEqualTo(nurse.id().toString());
        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("COMPLETED");
    }

    @Test
    void completeByAnotherProviderThenNotFoundAndStillAccepted() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), booking);

        expectProblem(complete(booking, api().provider(ServiceType.NURSE_VISIT)), HttpStatus.NOT_FOUND);
        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("ACCEPTED");
    }

    @Test
    void completePendingBookingThenNotFoundForAProviderWhoDidNotClaimIt() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);

        expectProblem(complete(booking, api().provider(ServiceType.NURSE_VISIT)), HttpStatus.NOT_FOUND);
    }

    @Test
    void completeTwiceThenConflictSayingCompleted() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);
        api().complete(nurse, booking);

        expectStatusConflict(complete(booking, nurse), "COMPLETED");
    }

    @Test
    void completeWithMalformedIdThenBadRequest() {
        expectInvalid(api().post("/api/jobs/abc/complete", api().provider(ServiceType.NURSE_VISIT), null), "id");
    }

    @Test
    void mineThenAcceptedByDefaultAndCompletedOnRequest() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID done = api().book(patient, ServiceType.NURSE_VISIT);
        UUID open = api().book(patient, ServiceType.NURSE_VISIT);
        // A nurse holds one visit at once: the first is done before she takes the next.
        api().claim(nurse, done);
        api().complete(nurse, done);
        api().claim(nurse, open);

        Map<String, Object> accepted = json(api().get("/api/jobs/mine", nurse).expectStatus().isOk());
        Map<String, Object> completed = json(api().get("/api/jobs/mine?status=COMPLETED", nurse)
                .expectStatus().isOk());

        assertThat(ids(items(accepted))).as("the provider's current jobs").containsExactly(open);
        assertThat(accepted).as("current jobs page").containsEntry("total", 1);
        assertThat(ids(items(completed))).as("the provider's history").containsExactly(done);
        assertThat(completed).as("history page").containsEntry("total", 1);
    }

    @Test
    void mineThenNeverAnotherProvidersJobs() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        Api.Account otherNurse = api().provider(ServiceType.NURSE_VISIT);
        UUID others = api().book(patient, ServiceType.NURSE_VISIT);
        UUID othersDone = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(otherNurse, othersDone);
        api().complete(otherNurse, othersDone);
        api().claim(otherNurse, others);

        for (String status : List.of("ACCEPTED", "COMPLETED")) {
            Map<String, Object> page = json(api().get("/api/jobs/mine?status=" + status, nurse).expectStatus().isOk());
            assertThat(page).as("%s jobs of a provider who claimed none", status)
                    .containsEntry("items", List.of()).containsEntry("total", 0);
        }
    }

    @Test
    void mineWithStatusPendingThenBadRequest() {
        expectInvalid(api().get("/api/jobs/mine?status=PENDING", api().provider(ServiceType.NURSE_VISIT)), "status");
    }

    @Test
    void lifecycleThenFiveEventsInOrderWithTheirActors() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);
        api().complete(nurse, booking);

        events(booking).as(StepVerifier::create)
                .expectNext(List.of(
                        new Event("PENDING", patient.id()),
                        new Event("ACCEPTED", nurse.id()),
                        new Event("EN_ROUTE", nurse.id()),
                        new Event("IN_PROGRESS", nurse.id()),
                        new Event("COMPLETED", nurse.id())))
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void refusedChangesThenNoEvents() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        complete(booking, nurse).expectStatus().isNotFound();
        claim(booking, api().provider(ServiceType.MEDICINE_DELIVERY)).expectStatus().isForbidden();
        api().claim(nurse, booking);
        claim(booking, api().provider(ServiceType.NURSE_VISIT)).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        complete(booking, nurse).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        api().post("/api/bookings/" + booking + "/cancel", patient, null).expectStatus().isBadRequest();
        api().arrive(nurse, booking);
        api().post("/api/bookings/" + booking + "/cancel", patient, Map.of("reason", "late"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);

        events(booking).as(StepVerifier::create)
                .expectNext(List.of(new Event("PENDING", patient.id()), new Event("ACCEPTED", nurse.id()),
                        new Event("EN_ROUTE", nurse.id()), new Event("IN_PROGRESS", nurse.id())))
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    private Mono<List<Event>> events(UUID booking) {
        return db.sql("SELECT status, actor_id FROM booking_events WHERE booking_id = :booking ORDER BY id")
                .bind("booking", booking)
                .map(row -> new Event(row.get("status", String.class), row.get("actor_id", UUID.class)))
                .all()
                .collectList();
    }

    private WebTestClient.ResponseSpec claim(UUID booking, Api.Account provider) {
        return api().post("/api/jobs/" + booking + "/claim", provider, null);
    }

    private WebTestClient.ResponseSpec complete(UUID booking, Api.Account provider) {
        return api().post("/api/jobs/" + booking + "/complete", provider, null);
    }

    /** A row of booking_events: which status the booking reached, and who moved it there. */
    private record Event(String status, UUID actor) {
    }
}
