package com.medondoor.job;

import java.util.Set;
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

    /**
     * The jobs a provider may take: PENDING bookings, named {@code booking}, whose window is open and that
     * they may see.
     */
    private static final String AVAILABLE = "booking.status = 'PENDING' AND booking.expires_at > now() AND "
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
                Boolean.TRUE.equals(row.get("released", Boolean.class)),
                Boolean.TRUE.equals(row.get("window_open", Boolean.class)),
                Verification.valueOf(row.get("claimer_verification", String.class)),
                Boolean.TRUE.equals(row.get("on_duty", Boolean.class)),
                Boolean.TRUE.equals(row.get("has_room", Boolean.class)), capacity == null ? 0 : capacity);
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
                 ORDER BY scheduled_for NULLS FIRST, created_at, id
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

    /**
     * The provider's bookings in these statuses: visits in hand most urgent first (as soon as possible,
     * then by the window's start), finished ones newest first.
     */
    Flux<BookingView> findClaimed(UUID provider, Set<BookingStatus> statuses, PageRequest page) {
        String order = statuses.stream().allMatch(BookingStatus::isActive)
                ? "scheduled_for NULLS FIRST, created_at, id" : "updated_at DESC, id";
        return db.sql("""
                SELECT * FROM booking_views
                 WHERE provider_id = :provider AND status = ANY(:statuses)
                 ORDER BY %s
                 LIMIT :limit OFFSET :offset
                """.formatted(order))
                .bind("provider", provider)
                .bind("statuses", BookingStatus.names(statuses))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(BookingView::from)
                .all();
    }

    Mono<Long> countClaimed(UUID provider, Set<BookingStatus> statuses) {
        return db.sql("SELECT count(*) AS total FROM bookings WHERE provider_id = :provider AND status = ANY(:statuses)")
                .bind("provider", provider)
                .bind("statuses", BookingStatus.names(statuses))
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
         * claimer may see it, whether they gave it back before, whether its window is open, the claimer's
         * verification, whether they are on duty, whether they have room for one more visit, and how many
         * they may hold.
         */
        record Refused(BookingStatus currentStatus, boolean visible, boolean released, boolean windowOpen,
                Verification claimer, boolean onDuty, boolean hasRoom, int capacity) implements Claim {
        }
    }
}
