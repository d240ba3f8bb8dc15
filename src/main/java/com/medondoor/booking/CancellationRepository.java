package com.medondoor.booking;

import java.util.UUID;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class CancellationRepository {

    /**
     * The patient's cancellation, with their reason, which they must give once a provider has the visit.
     * The provider it takes the visit from is read under the row's lock, as the change finds it.
     */
    private static final String CANCEL = BookingChanges.statementTakingVisit("""
            UPDATE bookings booking
               SET status = '%s', provider_id = NULL, status_reason = 'CANCELLED_BY_PATIENT', status_note = :reason,
                   expected_arrival = NULL, updated_at = now()
              FROM (SELECT id, provider_id FROM bookings WHERE id = :id AND patient_id = :actor FOR UPDATE) held
             WHERE booking.id = held.id
               AND %s
               AND (booking.status = 'PENDING' OR :reason IS NOT NULL)
            RETURNING booking.*, held.provider_id AS former_provider_id
            """.formatted(Transition.CANCEL.to(), Transition.CANCEL.from("booking.status")));

    private final DatabaseClient db;

    CancellationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Cancels the patient's booking if {@link Transition#CANCEL} allows it with or without a reason; empty otherwise. */
    Mono<BookingView> cancel(UUID id, UUID patient, String reason) {
        return db.sql(CANCEL)
                .bind("id", id)
                .bind("actor", patient)
                .bind("reason", Parameters.in(R2dbcType.VARCHAR, reason))
                .map(BookingView::from)
                .one();
    }
}
