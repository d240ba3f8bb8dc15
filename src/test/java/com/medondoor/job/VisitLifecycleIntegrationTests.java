package com.medondoor.job;

import static com.medondoor.ProblemAssertions.TYPES;
import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.expectStatusConflict;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.BookingRows;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A visit's life after the claim, through the API: its provider sets off, arrives and completes, each
 * step once, in order, and by them alone; or gives the visit back with a reason, after which it waits
 * for someone else; the patient follows every step with its time. The provider's count of visits held
 * follows along.
 */
class VisitLifecycleIntegrationTests extends IntegrationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> STEPS = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private DatabaseClient db;

    @Test
    void providerTakesTheVisitThroughItsStepsInOrderAndThePatientSeesEachWithItsTime() {
        Account patient = api().patient();
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);

        expectStatusConflict(step(nurse, booking, "arrive"), "ACCEPTED");
        expectStatusConflict(step(nurse, booking, "complete"), "ACCEPTED");
        Map<String, Object> onTheWay = json(api().post("/api/jobs/" + booking + "/en-route", nurse,
                Map.of("etaMinutes", 20)).expectStatus().isOk());
        assertThat(onTheWay).containsEntry("status", "EN_ROUTE");
        Instant changed = Instant.parse((String) onTheWay.get("updatedAt"));
        assertThat(Instant.parse((String) onTheWay.get("expectedArrival"))).as("twenty minutes after setting off")
                .isEqualTo(changed.plus(Duration.ofMinutes(20)));
        expectStatusConflict(step(nurse, booking, "en-route"), "EN_ROUTE");
        assertThat(json(step(nurse, booking, "arrive").expectStatus().isOk())).containsEntry("status", "IN_PROGRESS")
                .containsEntry("expectedArrival", null);
        assertThat(BookingRows.activeVisits(db, nurse)).as("a visit under way is still held").isEqualTo(1);
        assertThat(json(step(nurse, booking, "complete").expectStatus().isOk())).containsEntry("status", "COMPLETED");
        assertThat(BookingRows.activeVisits(db, nurse)).isZero();

        List<Map<String, Object>> steps = steps(patient, booking);
        assertThat(steps).extracting(step -> step.get("status"))
                .containsExactly("PENDING", "ACCEPTED", "EN_ROUTE", "IN_PROGRESS", "COMPLETED");
        assertThat(steps).extracting(step -> step.get("at")).as("each step with its time").doesNotContainNull();
        assertThat(steps.get(2).get("expectedArrival")).isEqualTo(onTheWay.get("expectedArrival"));
        assertThat(steps.subList(1, 5)).extracting(step -> (Object) ((Map<?, ?>) step.get("provider")).get("name"))
                .as("who took each step").containsOnly(nurse.name());
    }

    @Test
    void onlyTheVisitsProviderTakesItsStepsAndAnEstimateIsBounded() {
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        Account otherNurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);

        expectProblem(step(otherNurse, booking, "en-route"), HttpStatus.NOT_FOUND);
        expectProblem(api().post("/api/jobs/" + booking + "/release", otherNurse, Map.of("reason", "mine now")),
                HttpStatus.NOT_FOUND);
        expectInvalid(api().post("/api/jobs/" + booking + "/en-route", nurse, Map.of("etaMinutes", 0)), "etaMinutes");
        expectInvalid(api().post("/api/jobs/" + booking + "/en-route", nurse, Map.of("etaMinutes", 721)), "etaMinutes");
        expectInvalid(api().post("/api/jobs/" + booking + "/en-route", nurse, Map.of("etaMinutes", "soon")), "etaMinutes");
        assertThat(BookingRows.status(db, booking)).as("refused steps change nothing").isEqualTo("ACCEPTED");
        assertThat(json(step(nurse, booking, "en-route").expectStatus().isOk()))
                .as("no body: setting off without an estimate").containsEntry("expectedArrival", null);
    }

    @Test
    void providerGivesTheVisitBackWithAReasonAndNeverSeesItAgain() {
        Account patient = api().patient();
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        Account otherNurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);

        expectInvalid(api().post("/api/jobs/" + booking + "/release", nurse, Map.of("reason", "  ")), "reason");
        expectProblem(api().post("/api/jobs/" + booking + "/release", nurse, null), HttpStatus.BAD_REQUEST);
        Map<String, Object> released = json(api().post("/api/jobs/" + booking + "/release", nurse,
                Map.of("reason", "My car broke down")).expectStatus().isOk());
        assertThat(released).containsEntry("status", "PENDING").containsEntry("provider", null)
                .containsEntry("statusReason", "RELEASED");
        assertThat(BookingRows.activeVisits(db, nurse)).as("a visit given back is no longer held").isZero();

        assertThat(json(api().get("/api/bookings/" + booking, patient).expectStatus().isOk()))
                .as("the patient sees why it waits again").containsEntry("status", "PENDING")
                .containsEntry("statusReason", "RELEASED").containsEntry("statusNote", "My car broke down");
        assertThat(boardIds(nurse)).as("the provider who gave it back").doesNotContain(booking.toString());
        assertThat(boardIds(otherNurse)).as("any other nurse").contains(booking.toString());
        Map<String, Object> onTheBoard = json(api().get("/api/jobs/available", otherNurse).expectStatus().isOk());
        assertThat(((List<Map<String, Object>>) onTheBoard.get("items")).stream()
                .filter(item -> item.get("id").equals(booking.toString())).findFirst().orElseThrow())
                .as("another provider does not read the first one's words").containsEntry("statusNote", null);
        expectProblem(api().post("/api/jobs/" + booking + "/claim", nurse, null), HttpStatus.CONFLICT)
                .jsonPath("$.type").isEqualTo(TYPES + "job-given-back");

        api().claim(otherNurse, booking);
        assertThat(json(api().get("/api/bookings/" + booking, patient).expectStatus().isOk()))
                .as("a new claim clears the reason").containsEntry("statusReason", null).containsEntry("statusNote", null);
        step(otherNurse, booking, "en-route").expectStatus().isOk();
        expectStatusConflict(api().post("/api/jobs/" + booking + "/release", otherNurse, Map.of("reason", "too late")),
                "EN_ROUTE");
        assertThat(steps(patient, booking)).extracting(step -> step.get("status"), step -> step.get("reason"))
                .containsExactly(tuple("PENDING", null),
                        tuple("ACCEPTED", null),
                        tuple("PENDING", "RELEASED"),
                        tuple("ACCEPTED", null),
                        tuple("EN_ROUTE", null));
    }

    @Test
    void stepsOfAnotherPatientsBookingAreNotFound() {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);

        expectProblem(api().get("/api/bookings/" + booking + "/steps", api().patient()), HttpStatus.NOT_FOUND);
        expectProblem(api().get("/api/bookings/" + UUID.randomUUID() + "/steps", api().patient()), HttpStatus.NOT_FOUND);
    }

    private WebTestClient.ResponseSpec step(Account provider, UUID booking,
            String step) {
        return api().post("/api/jobs/" + booking + "/" + step, provider, null);
    }

    private List<Map<String, Object>> steps(Account patient, UUID booking) {
        return api().get("/api/bookings/" + booking + "/steps", patient).expectStatus().isOk()
                .expectBody(STEPS).returnResult().getResponseBody();
    }

    private List<Object> boardIds(Account provider) {
        Map<String, Object> board = json(api().get("/api/jobs/available?size=100", provider).expectStatus().isOk());
        return ((List<Map<String, Object>>) board.get("items")).stream().map(item -> item.get("id")).toList();
    }
}
