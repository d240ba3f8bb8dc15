package com.medondoor.booking;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class ReleaseRepository {

    /**
     * Every visit the provider holds, back to PENDING for anyone else to take, each with its event: they
     * never see these bookings again.
     */
    private static final String RELEASE = BookingChanges.statementTakingVisit("""
            UPDATE bookings
               SET status = '%s', provider_id = NULL, released_by = released_by || provider_id,
                   status_reason = :reason, status_note = NULL, expected_arrival = NULL, expires_at = %s,
                   updated_at = now()
             WHERE provider_id = :provider
               AND %s
            RETURNING *, CAST(:provider AS uuid) AS former_provider_id
            """.formatted(Transition.RELEASE_SUSPENDED.to(), BookingChanges.RELEASED_EXPIRES_AT,
                    Transition.RELEASE_SUSPENDED.from("status")));

    /**
     * An event's id starts with its transaction's id (migration V11), and readers of the feed count a
     * running transaction as one that may still add events only while it holds this lock, which a
     * change's statement takes as it starts. A transaction that writes something else before its events
     * has its id from then on: it takes the lock first, before that write.
     */
    private static final String EVENTS_FOLLOW = "LOCK TABLE booking_events IN ROW EXCLUSIVE MODE";

    private final DatabaseClient db;
    private final BookingProperties properties;

    ReleaseRepository(DatabaseClient db, BookingProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    /** Declares, as its first statement, that the current transaction will add events. */
    Mono<Void> eventsFollow() {
        return db.sql(EVENTS_FOLLOW).then();
    }

    /** Releases the provider's visits; how many. */
    Mono<Long> release(UUID provider, UUID actor, String reason) {
        return db.sql(RELEASE)
                .bind("provider", provider)
                .bind("actor", actor)
                .bind("reason", reason)
                .bind("asapWait", properties.asapWaitSeconds())
                .map(row -> row.get("id", UUID.class))
                .all()
                .count();
    }
}
