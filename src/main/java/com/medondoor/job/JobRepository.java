package com.medondoor.job;

import java.util.UUID;

import com.medondoor.booking.BookingChanges;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.system.PageRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class JobRepository {

    /** The claim: whoever's UPDATE finds the booking still PENDING wins; everyone else changes nothing. */
    private static final String CLAIM = BookingChanges.statement("""
            UPDATE bookings
               SET status = 'ACCEPTED', provider_id = :actor, updated_at = now()
             WHERE id = :id
               AND status = 'PENDING'
               AND service_type = (SELECT service_type FROM users WHERE id = :actor)
            RETURNING *
            """);

    /**
     * Why a claim changed nothing. A constant, like {@link #CLAIM}, because the load suite runs both
     * statements outside the service (its bare-stack baseline) and reads them from here.
     */
    private static final String CLAIM_REFUSAL = """
            SELECT b.status, b.service_type = u.service_type AS provider_type
              FROM bookings b, users u
             WHERE b.id = :id AND u.id = :provider
            """;

    private static final String COMPLETE = BookingChanges.statement("""
            UPDATE bookings
               SET status = 'COMPLETED', updated_at = now()
             WHERE id = :id
               AND status = 'ACCEPTED'
               AND provider_id = :actor
            RETURNING *
            """);

    private static final String OF_PROVIDERS_TYPE = """
            status = 'PENDING' AND service_type = (SELECT service_type FROM users WHERE id = :provider)
            """;

    private final DatabaseClient db;

    JobRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<BookingView> claim(UUID id, UUID provider) {
        return db.sql(CLAIM).bind("id", id).bind("actor", provider).map(BookingView::from).one();
    }

    Mono<BookingView> complete(UUID id, UUID provider) {
        return db.sql(COMPLETE).bind("id", id).bind("actor", provider).map(BookingView::from).one();
    }

    /** Why a claim changed nothing: the booking's status and whether its type is the provider's. */
    Mono<ClaimRefusal> claimRefusal(UUID id, UUID provider) {
        return db.sql(CLAIM_REFUSAL)
                .bind("id", id)
                .bind("provider", provider)
                .map(row -> new ClaimRefusal(BookingStatus.valueOf(row.get("status", String.class)),
                        Boolean.TRUE.equals(row.get("provider_type", Boolean.class))))
                .one();
    }

    /** The status of a booking this provider claimed, for explaining a refused completion. */
    Mono<BookingStatus> statusOfClaimed(UUID id, UUID provider) {
        return db.sql("SELECT status FROM bookings WHERE id = :id AND provider_id = :provider")
                .bind("id", id)
                .bind("provider", provider)
                .map(row -> BookingStatus.valueOf(row.get("status", String.class)))
                .one();
    }

    Flux<BookingView> findAvailable(UUID provider, PageRequest page) {
        return db.sql("SELECT * FROM booking_views WHERE " + OF_PROVIDERS_TYPE + """
                 ORDER BY created_at, id
                 LIMIT :limit OFFSET :offset
                """)
                .bind("provider", provider)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> countAvailable(UUID provider) {
        return db.sql("SELECT count(*) AS total FROM bookings WHERE " + OF_PROVIDERS_TYPE)
                .bind("provider", provider)
                .map(row -> row.get("total", Long.class))
                .one();
    }

    Flux<BookingView> findClaimed(UUID provider, BookingStatus status, PageRequest page) {
        return db.sql("""
                SELECT * FROM booking_views
                 WHERE provider_id = :provider AND status = :status
                 ORDER BY updated_at DESC, id
                 LIMIT :limit OFFSET :offset
                """)
                .bind("provider", provider)
                .bind("status", status.name())
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> countClaimed(UUID provider, BookingStatus status) {
        return db.sql("SELECT count(*) AS total FROM bookings WHERE provider_id = :provider AND status = :status")
                .bind("provider", provider)
                .bind("status", status.name())
                .map(row -> row.get("total", Long.class))
                .one();
    }

    record ClaimRefusal(BookingStatus status, boolean providersType) {
    }
}
