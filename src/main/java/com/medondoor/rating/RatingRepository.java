package com.medondoor.rating;

import java.util.UUID;

import com.medondoor.booking.BookingChanges;
import com.medondoor.booking.BookingStatus;
import com.medondoor.system.PageRequest;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class RatingRepository {

    private final DatabaseClient db;

    RatingRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Rates the patient's COMPLETED booking, with the event that tells its provider live; empty when it is
     * not theirs, not COMPLETED or already rated (the unique constraint on {@code booking_id} settles a race
     * between two attempts).
     */
    Mono<RatingView> insert(UUID booking, UUID patient, RateRequest request) {
        return db.sql(BookingChanges.rating("""
                INSERT INTO ratings (booking_id, patient_id, provider_id, stars, review)
                SELECT id, patient_id, provider_id, :stars, :review
                  FROM bookings
                 WHERE id = :booking AND patient_id = :patient AND status = 'COMPLETED'
                ON CONFLICT (booking_id) DO NOTHING
                RETURNING *
                """))
                .bind("booking", booking)
                .bind("patient", patient)
                .bind("stars", request.stars().shortValue())
                .bind("review", Parameters.in(R2dbcType.VARCHAR, request.review()))
                .map(RatingView::from)
                .one();
    }

    /** Why a rating was refused: the booking's status and whether it is rated; empty if not theirs. */
    Mono<RatingRefusal> refusal(UUID booking, UUID patient) {
        return db.sql("""
                SELECT b.status, r.id IS NOT NULL AS rated
                  FROM bookings b
                  LEFT JOIN ratings r ON r.booking_id = b.id
                 WHERE b.id = :booking AND b.patient_id = :patient
                """)
                .bind("booking", booking)
                .bind("patient", patient)
                .map(row -> new RatingRefusal(BookingStatus.valueOf(row.get("status", String.class)),
                        Boolean.TRUE.equals(row.get("rated", Boolean.class))))
                .one();
    }

    /** The provider's summary; empty when no provider has this id. */
    Mono<RatingSummary> summary(UUID provider) {
        return db.sql("""
                SELECT summary.average, summary.count
                  FROM accounts u
                 CROSS JOIN LATERAL %s summary
                 WHERE u.id = :provider AND u.role = 'PROVIDER'
                """.formatted(RatingSummary.of("u.id")))
                .bind("provider", provider)
                .map(row -> new RatingSummary(row.get("average", Double.class), row.get("count", Long.class)))
                .one();
    }

    Flux<RatingView> findByProvider(UUID provider, PageRequest page) {
        return db.sql("""
                SELECT * FROM ratings
                 WHERE provider_id = :provider
                 ORDER BY created_at DESC, id
                 LIMIT :limit OFFSET :offset
                """)
                .bind("provider", provider)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(RatingView::from)
                .all();
    }

    record RatingRefusal(BookingStatus status, boolean rated) {
    }
}
