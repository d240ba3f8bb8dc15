package com.medondoor.live;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.job.JobVisibility;
import com.medondoor.rating.RatingSummary;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads {@code booking_events}. Every read takes only the events below the horizon (migration V7):
 * those no transaction still running can add to, so "after id N" never skips an event.
 */
@Repository
class EventRepository {

    /**
     * The final events, each as the booking was right after it: the facts the event recorded (migration
     * V11) and the booking's unchanging data, never what its row says now, which later changes may have
     * moved on. The columns are those of {@code booking_views}; a status event carries no rating. A rating
     * event (V17) carries its rating, which never changes, and the provider's summary as it is now; its
     * {@code updated_at} stays the completion's, as the booking shows it ({@code job.PrivateDetails} counts
     * from it). A read adds its own conditions with AND.
     */
    private static final String EVENTS = """
            SELECT e.id AS event_id, booking.id, booking.service_type, e.status, booking.address, booking.street,
                   booking.flat, booking.postcode, booking.city, booking.district, booking.country, booking.phone,
                   booking.need, booking.notes, e.scheduled_for, e.window_end, booking.time_zone,
                   e.expires_at, e.expected_arrival, e.reason AS status_reason, e.note AS status_note,
                   booking.created_at,
                   CASE WHEN e.rating_id IS NULL THEN e.occurred_at ELSE booking.updated_at END AS updated_at,
                   booking.patient_id, patient.name AS patient_name,
                   e.provider_id, provider.name AS provider_name, e.former_provider_id, booking.released_by,
                   e.rating_id, rating.stars AS rating_stars, rating.review AS rating_review,
                   rating.created_at AS rating_created_at, summary.average AS rating_average,
                   summary.count AS rating_count
              FROM booking_events e
              JOIN bookings booking       ON booking.id = e.booking_id
              JOIN accounts patient       ON patient.id = booking.patient_id
              LEFT JOIN accounts provider ON provider.id = e.provider_id
              LEFT JOIN ratings rating    ON rating.id = e.rating_id
             CROSS JOIN LATERAL %s summary
             WHERE e.id < (SELECT booking_events_horizon())
            """.formatted(RatingSummary.of("rating.provider_id"));

    private final DatabaseClient db;

    EventRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> newestId() {
        return db.sql("SELECT coalesce(max(id), 0) AS newest FROM booking_events WHERE id < (SELECT booking_events_horizon())")
                .map(row -> row.get("newest", Long.class))
                .one();
    }

    /**
     * What a snapshot read in the same repeatable-read transaction reflects: the final events, and those
     * above the horizon that it sees committed (a replay reads final events only, so reflects no such).
     */
    Mono<Reflected> reflectedBySnapshot() {
        return db.sql("""
                SELECT (SELECT coalesce(max(id), 0) FROM booking_events WHERE id < horizon.id) AS newest,
                       ARRAY(SELECT id FROM booking_events WHERE id >= horizon.id) AS committed_beyond
                  FROM (SELECT booking_events_horizon() AS id) horizon
                """)
                .map(row -> new Reflected(row.get("newest", Long.class), Set.of(row.get("committed_beyond", Long[].class))))
                .one();
    }

    /** Every event after {@code id}, oldest first, at most {@code limit}. */
    Flux<BookingEvent> after(long id, int limit) {
        return db.sql(EVENTS + " AND e.id > :after ORDER BY e.id LIMIT :limit")
                .bind("after", id)
                .bind("limit", limit)
                .map(EventRepository::event)
                .all();
    }

    /**
     * The events after {@code id} a provider's job stream shows, for replaying it: as the live stream takes
     * them ({@code Audiences.provider}), the board's changes of the bookings they may see
     * ({@link JobVisibility}), and every change of their own visits.
     */
    Flux<BookingEvent> afterForProvider(long id, UUID provider, int limit) {
        return db.sql(EVENTS + " AND e.id > :after AND (("
                        + BookingStatus.in("e.status", Audiences.BOARD_CHANGES)
                        + " AND NOT (e.status = 'CANCELLED' AND e.former_provider_id IS NOT NULL) AND "
                        + JobVisibility.sql(JobVisibility.viewer("provider"))
                        + ") OR e.provider_id = :provider OR e.former_provider_id = :provider) ORDER BY e.id LIMIT :limit")
                .bind("after", id)
                .bind("provider", provider)
                .bind("limit", limit)
                .map(EventRepository::event)
                .all();
    }

    /** The events after {@code id} of one patient's bookings, for replaying a patient's stream. */
    Flux<BookingEvent> afterForPatient(long id, UUID patient, int limit) {
        return db.sql(EVENTS + " AND e.id > :after AND booking.patient_id = :patient ORDER BY e.id LIMIT :limit")
                .bind("after", id)
                .bind("patient", patient)
                .bind("limit", limit)
                .map(EventRepository::event)
                .all();
    }

    /** Whether an event id can still be replayed: it exists and is younger than {@code since}. */
    Mono<Boolean> isReplayable(long id, Instant since) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM booking_events WHERE id = :id AND occurred_at >= :since) AS ok")
                .bind("id", id)
                .bind("since", since)
                .map(row -> row.get("ok", Boolean.class))
                .one();
    }

    private static BookingEvent event(Readable row) {
        UUID rating = row.get("rating_id", UUID.class);
        return new BookingEvent(row.get("event_id", Long.class), BookingView.from(row),
                row.get("former_provider_id", UUID.class), Set.of(row.get("released_by", UUID[].class)),
                rating == null ? null : new BookingEvent.Rated(rating,
                        new RatingSummary(row.get("rating_average", Double.class), row.get("rating_count", Long.class))));
    }
}
