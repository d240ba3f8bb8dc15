package com.medondoor.booking;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectStatusConflict;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.BookingRows;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The patient cancels while nobody has the visit yet, or with a reason once a provider has it (accepted or
 * on the way), never once it has begun; the provider's hands are freed and the event names them.
 */
class CancellationIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Test
    void pendingBookingIsCancelledWithOrWithoutAReason() {
        Account patient = api().patient();
        UUID plain = api().book(patient, ServiceType.NURSE_VISIT);
        UUID explained = api().book(patient, ServiceType.NURSE_VISIT);

        assertThat(json(cancel(patient, plain, null).expectStatus().isOk())).containsEntry("status", "CANCELLED")
                .containsEntry("statusReason", "CANCELLED_BY_PATIENT").containsEntry("statusNote", null);
        assertThat(json(cancel(patient, explained, Map.of("reason", "Feeling better")).expectStatus().isOk()))
                .containsEntry("statusNote", "Feeling better");
        expectStatusConflict(cancel(patient, plain, null), "CANCELLED");
    }

    @Test
    void acceptedOrOnTheWayVisitNeedsAReasonAndFreesTheProvider() {
        Account patient = api().patient();
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        Account courier = api().provider(ServiceType.MEDICINE_DELIVERY);
        UUID visit = api().book(patient, ServiceType.NURSE_VISIT);
        UUID delivery = api().book(patient, ServiceType.MEDICINE_DELIVERY);
        api().claim(nurse, visit);
        api().claim(courier, delivery);
        api().post("/api/jobs/" + delivery + "/en-route", courier, null).expectStatus().isOk();

        expectInvalid(cancel(patient, visit, null), "reason");
        expectInvalid(cancel(patient, visit, Map.of("reason", " ")), "reason");
        assertThat(BookingRows.status(db, visit)).as("a cancel refused for its missing reason changes nothing").isEqualTo("ACCEPTED");

        assertThat(json(cancel(patient, visit, Map.of("reason", "My daughter will take me")).expectStatus().isOk()))
                .containsEntry("status", "CANCELLED").containsEntry("provider", null);
        assertThat(json(cancel(patient, delivery, Map.of("reason", "Bought it myself")).expectStatus().isOk()))
                .containsEntry("status", "CANCELLED");
        assertThat(BookingRows.activeVisits(db, nurse)).as("the nurse's hands are free").isZero();
        assertThat(BookingRows.activeVisits(db, courier)).isZero();
        assertThat(formerProviderOfLastEvent(visit)).as("the event names whom the cancellation took the visit from")
                .isEqualTo(nurse.id());
    }

    @Test
    void visitUnderWayOrOverIsNotCancelled() {
        Account patient = api().patient();
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);
        api().arrive(nurse, booking);

        expectStatusConflict(cancel(patient, booking, Map.of("reason", "Changed my mind")), "IN_PROGRESS");
        api().post("/api/jobs/" + booking + "/complete", nurse, null).expectStatus().isOk();
        expectStatusConflict(cancel(patient, booking, Map.of("reason", "Changed my mind")), "COMPLETED");
        assertThat(BookingRows.activeVisits(db, nurse)).isZero();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec cancel(Account patient,
            UUID booking, Object body) {
        return api().post("/api/bookings/" + booking + "/cancel", patient, body);
    }

    private UUID formerProviderOfLastEvent(UUID booking) {
        return db.sql("SELECT former_provider_id FROM booking_events WHERE booking_id = :id ORDER BY id DESC LIMIT 1")
                .bind("id", booking).map(row -> row.get("former_provider_id", UUID.class)).one().block();
    }
}
