package com.medondoor.admin;

import static com.medondoor.ProblemAssertions.TYPES;
import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.BookingRows;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Visits still in a provider's hands well past their time are listed for administrators, who release or
 * cancel them with a reason, audited; a visit that is not overdue is refused. No visit, and no provider's
 * capacity, stays stuck.
 */
class OverdueVisitsIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    private Account admin;
    private Account nurse;
    private Account courier;
    private UUID overdueVisit;
    private UUID overdueDelivery;
    private UUID onTime;

    @BeforeEach
    void visitsOverdueAndOnTime() {
        admin = api().admin();
        Account patient = api().patient();
        nurse = api().provider(ServiceType.NURSE_VISIT);
        courier = api().provider(ServiceType.MEDICINE_DELIVERY);
        overdueVisit = api().book(patient, ServiceType.NURSE_VISIT);
        overdueDelivery = api().book(patient, ServiceType.MEDICINE_DELIVERY);
        onTime = api().book(patient, ServiceType.MEDICINE_DELIVERY);
        api().claim(nurse, overdueVisit);
        api().claim(courier, overdueDelivery);
        api().claim(courier, onTime);
        api().post("/api/jobs/" + overdueDelivery + "/en-route", courier, null).expectStatus().isOk();
        // Past its time by more than medondoor.bookings.overdue-after (2 hours).
        db.sql("UPDATE bookings SET expires_at = now() - interval '3 hours' WHERE id IN (:ids)")
                .bind("ids", List.of(overdueVisit, overdueDelivery)).then().block();
    }

    @Test
    void overdueVisitsAreListedMostOverdueFirstWithoutPrivateDetails() {
        Map<String, Object> overdue = json(api().get("/api/admin/bookings/overdue", admin).expectStatus().isOk());

        assertThat(JsonPath.<List<String>>read(overdue, "$.items[*].id"))
                .contains(overdueVisit.toString(), overdueDelivery.toString()).doesNotContain(onTime.toString());
        assertThat(JsonPath.<List<String>>read(overdue, "$.items[*].expiresAt")).as("most overdue first").isSorted();
        assertThat(JsonPath.<List<Object>>read(overdue, "$.items[*].address")).containsOnlyNulls();
        expectProblem(api().get("/api/admin/bookings/overdue", nurse), HttpStatus.FORBIDDEN);
    }

    @Test
    void administratorReleasesAnOverdueVisitForAnotherProviderAudited() {
        expectInvalid(api().post("/api/admin/bookings/" + overdueVisit + "/release", admin, Map.of()), "reason");
        expectProblem(api().post("/api/admin/bookings/" + onTime + "/release", admin, Map.of("reason", "Late")),
                HttpStatus.CONFLICT).jsonPath("$.type").isEqualTo(TYPES + "visit-not-overdue");

        Map<String, Object> released = json(api().post("/api/admin/bookings/" + overdueVisit + "/release", admin,
                Map.of("reason", "Nurse unreachable for three hours")).expectStatus().isOk());

        assertThat(released).containsEntry("status", "PENDING").containsEntry("statusReason", "OVERDUE_RELEASED");
        assertThat(Instant.parse((String) released.get("expiresAt"))).as("a released visit waits again, not expired")
                .isAfter(Instant.now().plus(Duration.ofMinutes(100)));
        assertThat(BookingRows.activeVisits(db, nurse)).as("the nurse's capacity is free again").isZero();
        Account otherNurse = api().provider(ServiceType.NURSE_VISIT);
        api().claim(otherNurse, overdueVisit);
        expectProblem(api().post("/api/jobs/" + overdueVisit + "/claim", nurse, null), HttpStatus.CONFLICT);
        assertAudited("RELEASE_OVERDUE", overdueVisit, "Nurse unreachable for three hours");
    }

    @Test
    void administratorCancelsAnOverdueVisitOnItsWayAudited() {
        Map<String, Object> cancelled = json(api().post("/api/admin/bookings/" + overdueDelivery + "/cancel", admin,
                Map.of("reason", "Patient phoned: delivery never came")).expectStatus().isOk());

        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("statusReason", "OVERDUE_CANCELLED")
                .containsEntry("provider", null);
        assertThat(BookingRows.activeVisits(db, courier)).as("the courier still holds the visit that is on time").isEqualTo(1);
        assertAudited("CANCEL_OVERDUE", overdueDelivery, "Patient phoned: delivery never came");
        expectProblem(api().post("/api/admin/bookings/" + overdueDelivery + "/cancel", admin, Map.of("reason", "again")),
                HttpStatus.CONFLICT).jsonPath("$.currentStatus").isEqualTo("CANCELLED");
        expectProblem(api().post("/api/admin/bookings/" + UUID.randomUUID() + "/cancel", admin, Map.of("reason", "x")),
                HttpStatus.NOT_FOUND);
    }

    private void assertAudited(String action, UUID booking, String reason) {
        Map<String, Object> audit = json(api().get("/api/admin/audit?subject=" + booking, admin).expectStatus().isOk());
        assertThat(JsonPath.<String>read(audit, "$.items[0].action")).isEqualTo(action);
        assertThat(JsonPath.<String>read(audit, "$.items[0].reason")).isEqualTo(reason);
        assertThat(JsonPath.<String>read(audit, "$.items[0].actor.id")).isEqualTo(admin.id().toString());
    }
}
