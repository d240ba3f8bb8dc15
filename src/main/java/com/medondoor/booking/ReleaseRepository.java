package com.medondoor.booking;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ReleaseRepository {

    /** Every job the provider holds and has not done, back to PENDING for anyone to take, each with its event. */
    private static final String RELEASE = BookingChanges.statementWithReason("""
            UPDATE bookings
               SET status = 'PENDING', provider_id = NULL, updated_at = now()
             WHERE provider_id = :provider
               AND status = 'ACCEPTED'
            RETURNING *
            """);

    /**
     * An event's id starts with its transaction's id (migration V11), and readers of the feed count a
     * running transaction as one that may still add events only while it holds this lock, which a
     * change's statement takes as it starts. A transaction that writes something else before its events
     * has its id from then on: it takes the lock first, before that write.
     */
    private static final String EVENTS_FOLLOW = "LOCK TABLE booking_events IN ROW EXCLUSIVE MODE";

    private final DatabaseClient db;

    ReleaseRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Declares, as its first statement, that the current transaction will add events. */
    Mono<Void> eventsFollow() {
        return db.sql(EVENTS_FOLLOW).then();
    }

    /** Releases the provider's ACCEPTED bookings; how many. */
    Mono<Long> release(UUID provider, UUID actor, String reason) {
        return db.sql(RELEASE)
                .bind("provider", provider)
                .bind("actor", actor)
                .bind("reason", reason)
                .map(row -> row.get("id", UUID.class))
                .all()
                .count();
    }
}
