package com.medondoor.booking;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ExpiryRepository {

    /**
     * A batch of PENDING bookings whose window closed unclaimed, EXPIRED, each with its event (the
     * service's own: no actor). Replicas sweep at the same time: each skips the bookings another one, or
     * a claim or a cancellation, holds locked, and re-checks the status under its own lock, so a booking
     * expires once and never after someone took it.
     */
    private static final String EXPIRE = BookingChanges.statement("""
            UPDATE bookings
               SET status = '%s', status_reason = NULL, status_note = NULL, updated_at = now()
             WHERE id IN (SELECT id FROM bookings
                           WHERE status = 'PENDING' AND expires_at <= now()
                           ORDER BY expires_at
                           LIMIT :limit
                           FOR UPDATE SKIP LOCKED)
               AND %s
            RETURNING *
            """.formatted(Transition.EXPIRE.to(), Transition.EXPIRE.from("status")));

    private final DatabaseClient db;

    ExpiryRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Expires at most {@code limit} bookings; how many. */
    Mono<Long> expireBatch(int limit) {
        return db.sql(EXPIRE)
                .bindNull("actor", UUID.class)
                .bind("limit", limit)
                .map(row -> row.get("id", UUID.class))
                .all()
                .count();
    }
}
