package com.medondoor.admin;

import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Bookings across the platform as administrators see them: filtered by status, service type and age,
 * oldest first, without private details; those waiting too long (PENDING for over 30 minutes by
 * default); and one booking whole, each such read written to the audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformBookingsIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    private Account admin;
    private UUID acceptedNurseVisit;
    private UUID pendingNurseVisit;
    private UUID cancelledDelivery;
    private UUID pendingConsultation;
    private UUID freshNurseVisit;

    /** Five bookings, their ages set in the database, oldest first in this order. */
    @BeforeAll
    void bookings() {
        admin = api().admin();
        Account patient = api().patient();
        acceptedNurseVisit = bookedAgo(patient, ServiceType.NURSE_VISIT, Duration.ofHours(3));
        api().claim(api().provider(ServiceType.NURSE_VISIT), acceptedNurseVisit);
        pendingNurseVisit = bookedAgo(patient, ServiceType.NURSE_VISIT, Duration.ofHours(2));
        cancelledDelivery = bookedAgo(patient, ServiceType.MEDICINE_DELIVERY, Duration.ofMinutes(90));
        api().post("/api/bookings/" + cancelledDelivery + "/cancel", patient, null).expectStatus().isOk()
                .returnResult(Void.class);
        pendingConsultation = bookedAgo(patient, ServiceType.DOCTOR_CONSULTATION, Duration.ofMinutes(40));
        freshNurseVisit = api().book(patient, ServiceType.NURSE_VISIT);
    }

    @Test
    void everyBookingOldestFirstWithoutPrivateDetails() {
        Map<String, Object> page = list("");

        assertThat(ids(page)).containsExactly(acceptedNurseVisit, pendingNurseVisit, cancelledDelivery,
                pendingConsultation, freshNurseVisit);
        assertThat(page).containsEntry("total", 5);
        assertThat(JsonPath.<List<Object>>read(page, "$.items[*].area.district")).as("areas").containsOnly("Mitte");
        for (String hidden : List.of("address", "phone", "notes", "patient")) {
            assertThat(JsonPath.<List<Object>>read(page, "$.items[*]." + hidden)).as("%s of any booking", hidden).containsOnlyNulls();
        }
    }

    @Test
    void bookingsByStatusServiceTypeAndAge() {
        assertThat(ids(list("?status=PENDING&serviceType=NURSE_VISIT"))).containsExactly(pendingNurseVisit, freshNurseVisit);
        assertThat(ids(list("?status=CANCELLED"))).containsExactly(cancelledDelivery);
        assertThat(ids(list("?waitingLongerThan=PT1H"))).as("created over an hour ago")
                .containsExactly(acceptedNurseVisit, pendingNurseVisit, cancelledDelivery);
        assertThat(ids(list("?status=PENDING&waitingLongerThan=PT1H"))).containsExactly(pendingNurseVisit);
        Map<String, Object> second = list("?page=1&size=2");
        assertThat(ids(second)).as("second page of two").containsExactly(cancelledDelivery, pendingConsultation);
        assertThat(second).containsEntry("total", 5);
    }

    @Test
    void waitingTooLongArePendingForOverHalfAnHourOldestFirst() {
        Map<String, Object> page = json(api().get("/api/admin/bookings/waiting", admin).expectStatus().isOk());

        assertThat(ids(page)).containsExactly(pendingNurseVisit, pendingConsultation);
        assertThat(JsonPath.<List<Object>>read(page, "$.items[*].phone")).as("phones").containsOnlyNulls();
    }

    @Test
    void bookingReadWholeByAnAdministratorIsAudited() {
        long before = reads(pendingNurseVisit);

        Map<String, Object> booking = json(api().get("/api/admin/bookings/" + pendingNurseVisit, admin).expectStatus().isOk());

        assertThat(JsonPath.<String>read(booking, "$.address.street")).isEqualTo("12 Rose Street");
        assertThat(JsonPath.<String>read(booking, "$.phone")).isEqualTo("+49301234567");
        assertThat(JsonPath.<String>read(booking, "$.notes")).isEqualTo("Door code 4521, ring twice");
        assertThat(reads(pendingNurseVisit)).as("READ_BOOKING entries by the administrator").isEqualTo(before + 1);
        Map<String, Object> audit = json(api().get("/api/admin/audit?subject=" + pendingNurseVisit, admin).expectStatus().isOk());
        assertThat(JsonPath.<String>read(audit, "$.items[0].action")).isEqualTo("READ_BOOKING");
        assertThat(JsonPath.<String>read(audit, "$.items[0].actor.id")).isEqualTo(admin.id().toString());
    }

    @Test
    void bookingThatDoesNotExistThenNotFoundAndNothingAudited() {
        UUID unknown = UUID.randomUUID();

        assertProblem(api().get("/api/admin/bookings/" + unknown, admin), HttpStatus.NOT_FOUND, "booking-not-found");
        assertThat(reads(unknown)).isZero();
    }

    private UUID bookedAgo(Account patient, ServiceType type, Duration age) {
        UUID booking = api().book(patient, type);
        db.sql("UPDATE bookings SET created_at = now() - make_interval(secs => :age) WHERE id = :id")
                .bind("age", (double) age.toSeconds())
                .bind("id", booking)
                .then().block(TIMEOUT);
        return booking;
    }

    private long reads(UUID booking) {
        return db.sql("SELECT count(*) AS n FROM audit_log WHERE action = 'READ_BOOKING' AND subject_id = :id AND actor_id = :admin")
                .bind("id", booking)
                .bind("admin", admin.id())
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
    }

    private Map<String, Object> list(String query) {
        return json(api().get("/api/admin/bookings" + query, admin).expectStatus().isOk());
    }

    private static List<UUID> ids(Map<String, Object> page) {
        return JsonPath.<List<String>>read(page, "$.items[*].id").stream().map(UUID::fromString).toList();
    }
}
