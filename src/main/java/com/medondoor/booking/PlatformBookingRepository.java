package com.medondoor.booking;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import com.medondoor.account.ServiceType;
import com.medondoor.system.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Bookings across the platform, as administrators read them. */
@Repository
class PlatformBookingRepository {

    private static final String MATCHING = """
             WHERE status = ANY(:statuses)
               AND service_type = ANY(:serviceTypes)
               AND created_at <= now() - make_interval(secs => :olderThan)
            """;

    /** Visits still in a provider's hands {@code :overdueAfter} seconds past their window (or their wait). */
    private static final String OVERDUE = BookingStatus.in("status", BookingStatus.ACTIVE)
            + " AND expires_at <= now() - make_interval(secs => :overdueAfter)";

    /** An administrator's release or cancellation of an overdue visit, with its entry in the audit log. */
    private static final Map<Transition, String> OVERDUE_ACTIONS = Map.of(
            Transition.RELEASE_OVERDUE, overdueAction(Transition.RELEASE_OVERDUE, "OVERDUE_RELEASED",
                    "released_by = released_by || booking.provider_id, expires_at = " + BookingChanges.RELEASED_EXPIRES_AT + ","),
            Transition.CANCEL_OVERDUE, overdueAction(Transition.CANCEL_OVERDUE, "OVERDUE_CANCELLED", ""));

    private final DatabaseClient db;
    private final BookingProperties properties;

    PlatformBookingRepository(DatabaseClient db, BookingProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    private static String overdueAction(Transition action, String reasonCode, String alsoSet) {
        return BookingChanges.statementTakingVisit("""
                UPDATE bookings booking
                   SET status = '%s', provider_id = NULL, %s
                       status_reason = '%s', status_note = :reason, expected_arrival = NULL, updated_at = now()
                  FROM (SELECT id, provider_id FROM bookings WHERE id = :id FOR UPDATE) held
                 WHERE booking.id = held.id
                   AND %s
                   AND %s
                RETURNING booking.*, held.provider_id AS former_provider_id
                """.formatted(action.to(), alsoSet, reasonCode, action.from("status"), OVERDUE), """
                , audited AS (
                    INSERT INTO audit_log (actor_id, action, subject_id, reason)
                    SELECT :actor, '%s', id, :reason FROM changed
                )
                """.formatted(action.name()));
    }

    /** Visits still in a provider's hands well past their time, most overdue first. */
    Flux<BookingView> findOverdue(PageRequest page) {
        return db.sql("SELECT * FROM booking_views WHERE " + OVERDUE + " ORDER BY expires_at, id LIMIT :limit OFFSET :offset")
                .bind("overdueAfter", properties.overdueAfterSeconds())
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> countOverdue() {
        return db.sql("SELECT count(*) AS total FROM bookings WHERE " + OVERDUE)
                .bind("overdueAfter", properties.overdueAfterSeconds())
                .map(row -> row.get("total", Long.class))
                .one();
    }

    /**
     * Releases or cancels the visit if it is overdue, audited in the same statement; empty, nothing
     * changed or logged, if it is not (or there is no such booking).
     */
    Mono<BookingView> actOnOverdue(Transition action, UUID booking, UUID administrator, String reason) {
        DatabaseClient.GenericExecuteSpec sql = db.sql(OVERDUE_ACTIONS.get(action))
                .bind("id", booking)
                .bind("actor", administrator)
                .bind("reason", reason)
                .bind("overdueAfter", properties.overdueAfterSeconds());
        if (action == Transition.RELEASE_OVERDUE) {
            sql = sql.bind("asapWait", properties.asapWaitSeconds());
        }
        return sql.map(BookingView::from).one();
    }

    /** The booking's status and whether it is overdue, for explaining a refused action; empty if there is none. */
    Mono<Overdue> overdue(UUID booking) {
        return db.sql("SELECT status, " + OVERDUE + " AS overdue FROM bookings WHERE id = :id")
                .bind("id", booking)
                .bind("overdueAfter", properties.overdueAfterSeconds())
                .map(row -> new Overdue(BookingStatus.valueOf(row.get("status", String.class)),
                        Boolean.TRUE.equals(row.get("overdue", Boolean.class))))
                .one();
    }

    record Overdue(BookingStatus status, boolean overdue) {
    }

    /** The matching bookings, oldest first. */
    Flux<BookingView> find(BookingSearch search, PageRequest page) {
        return matching(search, "SELECT * FROM booking_views" + MATCHING + """
                 ORDER BY created_at, id
                 LIMIT :limit OFFSET :offset
                """)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> count(BookingSearch search) {
        return matching(search, "SELECT count(*) AS total FROM bookings" + MATCHING)
                .map(row -> row.get("total", Long.class))
                .one();
    }

    /**
     * The booking, and an entry in the audit log saying that this administrator read it, in one
     * statement: no read without its entry. Empty, and nothing logged, if there is no such booking.
     */
    Mono<BookingView> readAudited(UUID booking, UUID administrator) {
        return db.sql("""
                WITH audited AS (
                    INSERT INTO audit_log (actor_id, action, subject_id)
                    SELECT :administrator, 'READ_BOOKING', id FROM bookings WHERE id = :booking
                    RETURNING subject_id
                )
                SELECT v.* FROM booking_views v JOIN audited ON audited.subject_id = v.id
                """)
                .bind("booking", booking)
                .bind("administrator", administrator)
                .map(BookingView::from)
                .one();
    }

    private DatabaseClient.GenericExecuteSpec matching(BookingSearch search, String sql) {
        BookingStatus[] statuses = search.status() == null ? BookingStatus.values() : new BookingStatus[] { search.status() };
        ServiceType[] types = search.serviceType() == null ? ServiceType.values() : new ServiceType[] { search.serviceType() };
        return db.sql(sql)
                .bind("statuses", Arrays.stream(statuses).map(Enum::name).toArray(String[]::new))
                .bind("serviceTypes", Arrays.stream(types).map(Enum::name).toArray(String[]::new))
                .bind("olderThan", search.olderThan().toMillis() / 1000.0);
    }
}
