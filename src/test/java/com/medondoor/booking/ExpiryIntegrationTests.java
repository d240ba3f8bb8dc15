package com.medondoor.booking;

import static com.medondoor.ProblemAssertions.TYPES;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.BookingRows;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * Bookings nobody claimed in time expire, each once, whichever replica's sweep gets to it and however many
 * sweep at once; a claim needs the window open; a booking someone holds never expires.
 */
class ExpiryIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    private DatabaseClient db;

    @Autowired
    private ExpirySweeper sweeper;

    @Test
    void sweepsAtOnceExpireEachBookingOnceInBatchesAndLeaveHeldOnesAlone() {
        Account patient = api().patient();
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID held = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, held);
        UUID waiting = api().book(patient, ServiceType.NURSE_VISIT);
        int due = ExpirySweeper.BATCH_LIMIT * 2 + 7;
        db.sql("""
                INSERT INTO bookings (patient_id, service_type, address, expires_at)
                SELECT :patient, 'NURSE_VISIT', 'Old Road 1', now() - interval '1 minute' FROM generate_series(1, :due)
                """).bind("patient", patient.id()).bind("due", due).then().block(TIMEOUT);
        db.sql("UPDATE bookings SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .bind("id", held).then().block(TIMEOUT);

        List<Long> swept = Flux.merge(sweeper.sweep(), sweeper.sweep(), sweeper.sweep()).collectList().block(TIMEOUT);

        // The service's own sweeper runs too, every 30 seconds: a fourth replica, which may take a batch.
        assertThat(swept.stream().mapToLong(Long::longValue).sum()).as("expired by the three sweeps together")
                .isPositive().isLessThanOrEqualTo(due);
        assertThat(count(patient, "SELECT count(*) FROM bookings WHERE status = 'EXPIRED' AND patient_id = :patient"))
                .isEqualTo(due);
        assertThat(count(patient, """
                SELECT count(*) FROM (SELECT e.booking_id FROM booking_events e JOIN bookings b ON b.id = e.booking_id
                                       WHERE e.status = 'EXPIRED' AND b.patient_id = :patient
                                       GROUP BY e.booking_id HAVING count(*) = 1 AND bool_and(e.actor_id IS NULL)) once
                """)).as("bookings with exactly one EXPIRED event, the service's own").isEqualTo(due);
        assertThat(BookingRows.status(db, held)).as("a visit someone holds does not expire").isEqualTo("ACCEPTED");
        assertThat(BookingRows.status(db, waiting)).as("a booking still within its time").isEqualTo("PENDING");
        assertThat(sweeper.sweep().block(TIMEOUT)).as("nothing is left to expire").isZero();
    }

    @Test
    void bookingWhoseWindowClosedIsOffTheBoardAndCannotBeClaimed() {
        Account patient = api().patient();
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        db.sql("UPDATE bookings SET expires_at = now() - interval '1 second' WHERE id = :id")
                .bind("id", booking).then().block(TIMEOUT);

        Map<String, Object> board = json(api().get("/api/jobs/available?size=100", nurse).expectStatus().isOk());
        assertThat(((List<Map<String, Object>>) board.get("items"))).extracting(item -> item.get("id"))
                .doesNotContain(booking.toString());
        expectProblem(api().post("/api/jobs/" + booking + "/claim", nurse, null), HttpStatus.CONFLICT)
                .jsonPath("$.type").isEqualTo(TYPES + "window-closed");

        sweeper.sweep().block(TIMEOUT);
        assertThat(json(api().get("/api/bookings/" + booking, patient).expectStatus().isOk()))
                .containsEntry("status", "EXPIRED");
        expectProblem(api().post("/api/jobs/" + booking + "/claim", nurse, null), HttpStatus.CONFLICT)
                .jsonPath("$.currentStatus").isEqualTo("EXPIRED");
        expectProblem(api().post("/api/bookings/" + booking + "/cancel", patient, null), HttpStatus.CONFLICT)
                .jsonPath("$.currentStatus").isEqualTo("EXPIRED");
    }

    private long count(Account patient, String sql) {
        return db.sql(sql).bind("patient", patient.id()).map(row -> row.get(0, Long.class)).one().block(TIMEOUT);
    }
}
