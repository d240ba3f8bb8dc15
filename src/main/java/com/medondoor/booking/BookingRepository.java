package com.medondoor.booking;

import java.util.Set;
import java.util.UUID;

import com.medondoor.system.PageRequest;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class BookingRepository {

    private static final String CREATE = BookingChanges.statement("""
            INSERT INTO bookings (patient_id, service_type, address, notes, scheduled_for)
            VALUES (:actor, :serviceType, :address, :notes, :scheduledFor)
            RETURNING *
            """);

    private static final String CANCEL = BookingChanges.statement("""
            UPDATE bookings
               SET status = 'CANCELLED', updated_at = now()
             WHERE id = :id
               AND patient_id = :actor
               AND status = 'PENDING'
            RETURNING *
            """);

    private final DatabaseClient db;

    BookingRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<BookingView> create(UUID patient, CreateBookingRequest request) {
        return db.sql(CREATE)
                .bind("actor", patient)
                .bind("serviceType", request.serviceType().name())
                .bind("address", request.address().strip())
                .bind("notes", Parameters.in(R2dbcType.VARCHAR, request.notes()))
                .bind("scheduledFor", Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE, request.scheduledFor()))
                .map(BookingView::from)
                .one();
    }

    /** Cancels the patient's booking if it is still PENDING; empty otherwise. */
    Mono<BookingView> cancel(UUID id, UUID patient) {
        return db.sql(CANCEL)
                .bind("id", id)
                .bind("actor", patient)
                .map(BookingView::from)
                .one();
    }

    Mono<BookingView> findOwned(UUID id, UUID patient) {
        return db.sql("SELECT * FROM booking_views WHERE id = :id AND patient_id = :patient")
                .bind("id", id)
                .bind("patient", patient)
                .map(BookingView::from)
                .one();
    }

    /** The patient's bookings in one of the given statuses, newest first. */
    Flux<BookingView> findAllOwned(UUID patient, Set<BookingStatus> statuses, PageRequest page) {
        return db.sql("""
                SELECT * FROM booking_views
                 WHERE patient_id = :patient AND status = ANY(:statuses)
                 ORDER BY created_at DESC, id
                 LIMIT :limit OFFSET :offset
                """)
                .bind("patient", patient)
                .bind("statuses", names(statuses))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> countOwned(UUID patient, Set<BookingStatus> statuses) {
        return db.sql("SELECT count(*) AS total FROM bookings WHERE patient_id = :patient AND status = ANY(:statuses)")
                .bind("patient", patient)
                .bind("statuses", names(statuses))
                .map(row -> row.get("total", Long.class))
                .one();
    }

    private static String[] names(Set<BookingStatus> statuses) {
        return statuses.stream().map(BookingStatus::name).toArray(String[]::new);
    }
}
