package com.medondoor.job;

import java.util.UUID;

import com.medondoor.account.Verification;
import com.medondoor.booking.BookingChanges;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.system.PageRequest;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class JobRepository {

    private static final String COMPLETE = BookingChanges.statement("""
            UPDATE bookings
               SET status = 'COMPLETED', updated_at = now()
             WHERE id = :id
               AND status = 'ACCEPTED'
               AND provider_id = :actor
            RETURNING *
            """);

    /** The jobs a provider may take: PENDING bookings, named {@code booking}, that they may see. */
    private static final String AVAILABLE = "booking.status = 'PENDING' AND "
            + JobVisibility.sql(JobVisibility.viewer("provider"));

    private final DatabaseClient db;

    JobRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The booking won, or why the claim was refused; empty when there is no such claimer. */
    Mono<Claim> claim(UUID id, UUID provider) {
        return db.sql(ClaimStatement.SQL).bind("id", id).bind("actor", provider).map(JobRepository::claim).one();
    }

    private static Claim claim(Readable row) {
        if (row.get("id", UUID.class) != null) {
            return new Claim.Won(BookingView.from(row));
        }
        String status = row.get("current_status", String.class);
        Integer capacity = row.get("capacity", Integer.class);
        return new Claim.Refused(status == null ? null : BookingStatus.valueOf(status),
                Boolean.TRUE.equals(row.get("visible", Boolean.class)),
                Verification.valueOf(row.get("claimer_verification", String.class)),
                Boolean.TRUE.equals(row.get("on_duty", Boolean.class)),
                Boolean.TRUE.equals(row.get("has_room", Boolean.class)), capacity == null ? 0 : capacity);
    }

    Mono<BookingView> complete(UUID id, UUID provider) {
        return db.sql(COMPLETE).bind("id", id).bind("actor", provider).map(BookingView::from).one();
    }

    /** The status of a booking this provider claimed, for explaining a refused completion. */
    Mono<BookingStatus> statusOfClaimed(UUID id, UUID provider) {
        return db.sql("SELECT status FROM bookings WHERE id = :id AND provider_id = :provider")
                .bind("id", id)
                .bind("provider", provider)
                .map(row -> BookingStatus.valueOf(row.get("status", String.class)))
                .one();
    }

    /** Whether the provider is suspended; false for a provider who is not, or no provider at all. */
    Mono<Boolean> isSuspended(UUID provider) {
        return db.sql("SELECT verification = 'SUSPENDED' AS suspended FROM accounts WHERE id = :provider")
                .bind("provider", provider)
                .map(row -> Boolean.TRUE.equals(row.get("suspended", Boolean.class)))
                .one()
                .defaultIfEmpty(false);
    }

    Flux<BookingView> findAvailable(UUID provider, PageRequest page) {
        return db.sql("SELECT * FROM booking_views booking WHERE " + AVAILABLE + """
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
        return db.sql("SELECT count(*) AS total FROM bookings booking WHERE " + AVAILABLE)
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

    /** What a claim came to. */
    sealed interface Claim {

        /** The claim won: the booking, ACCEPTED by the claimer. */
        record Won(BookingView booking) implements Claim {
        }

        /**
         * The claim changed nothing: the booking's status (null when there is no such booking), whether the
         * claimer may see it, the claimer's verification, whether they are on duty, whether they have room for
         * one more visit, and how many they may hold.
         */
        record Refused(BookingStatus currentStatus, boolean visible, Verification claimer, boolean onDuty,
                boolean hasRoom, int capacity) implements Claim {
        }
    }
}
