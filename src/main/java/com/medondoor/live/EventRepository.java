package com.medondoor.live;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code booking_events}. Every read takes only the events below the horizon (migration V7):
 * those no transaction still running can add to, so "after id N" never skips an event.
 */
@Repository
class EventRepository {

    /** The final events; a read adds its own conditions with AND. */
    private static final String EVENTS = """
            SELECT e.id AS event_id, e.status AS event_status, e.occurred_at AS event_occurred_at, v.*
              FROM booking_events e
              JOIN booking_views v ON v.id = e.booking_id
             WHERE e.id < (SELECT booking_events_horizon())
            """;

    private final DatabaseClient db;
    private final JsonMapper json;

    EventRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Long> newestId() {
        return db.sql("SELECT coalesce(max(id), 0) AS newest FROM booking_events WHERE id < (SELECT booking_events_horizon())")
                .map(row -> row.get("newest", Long.class))
                .one();
    }

    /** Every event after {@code id}, oldest first, at most {@code limit}. */
    Flux<BookingEvent> after(long id, int limit) {
        return db.sql(EVENTS + " AND e.id > :after ORDER BY e.id LIMIT :limit")
                .bind("after", id)
                .bind("limit", limit)
                .map(this::event)
                .all();
    }

    /**
     * The events after {@code id} of one service type, for replaying a provider's stream. Completions
     * are left out, as on the live job stream: they are no job event.
     */
    Flux<BookingEvent> afterForServiceType(long id, ServiceType serviceType, int limit) {
        return db.sql(EVENTS + """
                   AND e.id > :after AND v.service_type = :serviceType AND e.status <> 'COMPLETED'
                 ORDER BY e.id LIMIT :limit
                """)
                .bind("after", id)
                .bind("serviceType", serviceType.name())
                .bind("limit", limit)
                .map(this::event)
                .all();
    }

    /** The events after {@code id} of one patient's bookings, for replaying a patient's stream. */
    Flux<BookingEvent> afterForPatient(long id, UUID patient, int limit) {
        return db.sql(EVENTS + " AND e.id > :after AND v.patient_id = :patient ORDER BY e.id LIMIT :limit")
                .bind("after", id)
                .bind("patient", patient)
                .bind("limit", limit)
                .map(this::event)
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

    Mono<ServiceType> serviceTypeOf(UUID provider) {
        return db.sql("SELECT service_type FROM accounts WHERE id = :id AND role = 'PROVIDER'")
                .bind("id", provider)
                .map(row -> ServiceType.valueOf(row.get("service_type", String.class)))
                .one();
    }

    /** The booking as it was right after the event: later changes are peeled off the current row. */
    private BookingEvent event(Readable row) {
        BookingView now = BookingView.from(row);
        BookingStatus status = BookingStatus.valueOf(row.get("event_status", String.class));
        boolean claimed = status == BookingStatus.ACCEPTED || status == BookingStatus.COMPLETED;
        Instant occurredAt = row.get("event_occurred_at", Instant.class);
        BookingView then = new BookingView(now.id(), now.serviceType(), status, now.address(), now.notes(),
                now.scheduledFor(), now.createdAt(), occurredAt, now.patient(),
                claimed ? now.provider() : null, status == BookingStatus.COMPLETED ? now.rating() : null);
        return new BookingEvent(row.get("event_id", Long.class), now.id(), status, now.serviceType(),
                now.patient().id(), occurredAt, json.writeValueAsString(then));
    }
}
