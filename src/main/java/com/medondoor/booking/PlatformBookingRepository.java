package com.medondoor.booking;

import java.util.Arrays;
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

    private final DatabaseClient db;

    PlatformBookingRepository(DatabaseClient db) {
        this.db = db;
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
