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

    /**
     * The claim, answered in one statement. Whoever's UPDATE finds the booking still PENDING wins and gets
     * the booking back. Any other claim changes nothing and gets back why instead, read only then: the
     * booking's status (null: no such booking), whether the claimer may see it at all
     * ({@link JobVisibility}), and the claimer's verification (no row at all: no such claimer).
     * <p>
     * The status must be the one that made the claim fail. Under READ COMMITTED a claim that queued on the
     * row lock of a winner (or of a cancel) re-checks the row's newest version once that transaction
     * commits, finds it no longer PENDING and changes nothing, keeping a lock on that version; but a plain
     * read in the same statement sees the statement's snapshot, taken before the winner committed: PENDING.
     * PENDING and visible to the claimer in the snapshot, with nothing changed, means exactly that race;
     * then the status is read again FOR SHARE, which returns the newest version (the claim's own lock
     * covers it already, so nothing more is written or waited for). FOR KEY SHARE would not do: a claim
     * leaves the row's key alone, so that lock is granted at once on the old version, PENDING. In every
     * other refusal the snapshot is the answer, and the losing claim writes nothing, not even a row lock.
     * <p>
     * The claimer's facts can move on too: an administrator may suspend them while their claim runs. A
     * claim that finds the booking PENDING and visible in its snapshot therefore also checks the claimer's
     * standing on the newest version of their row, FOR SHARE ({@link JobVisibility#stillSeenBy}): it waits
     * for a suspension in progress and then sees it, and a suspension, which updates that row, waits for
     * the claim to end before it releases the provider's jobs, so it releases this one too. Either way no
     * suspended provider keeps a job. When that check is what failed (the booking, read again, is still
     * PENDING), the claimer's verification is read again the same way, under the lock the claim holds.
     */
    private static final String CLAIM = BookingChanges.statementOrRefusal("""
            UPDATE bookings AS booking
               SET status = 'ACCEPTED', provider_id = :actor, updated_at = now()
             WHERE booking.id = :id
               AND booking.status = 'PENDING'
               AND %s
               AND %s
            RETURNING *
            """.formatted(JobVisibility.sql(JobVisibility.viewer("actor")), JobVisibility.stillSeenBy("actor")), """
            SELECT newest.status AS current_status,
                   coalesce(%1$s, false) AS visible,
                   CASE WHEN newest.status = 'PENDING' AND %1$s
                        THEN (SELECT verification FROM accounts WHERE id = :actor FOR SHARE)
                        ELSE claimer.verification
                   END AS claimer_verification
              FROM accounts claimer
              LEFT JOIN bookings booking ON booking.id = :id
             CROSS JOIN LATERAL (
                    SELECT CASE WHEN booking.status = 'PENDING' AND %1$s
                                THEN (SELECT status FROM bookings WHERE id = :id FOR SHARE)
                                ELSE booking.status
                           END AS status) newest
             WHERE claimer.id = :actor
               AND NOT EXISTS (SELECT FROM changed)
            """.formatted(JobVisibility.sql("claimer")));

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
        return db.sql(CLAIM).bind("id", id).bind("actor", provider).map(JobRepository::claim).one();
    }

    private static Claim claim(Readable row) {
        if (row.get("id", UUID.class) != null) {
            return new Claim.Won(BookingView.from(row));
        }
        String status = row.get("current_status", String.class);
        return new Claim.Refused(status == null ? null : BookingStatus.valueOf(status),
                Boolean.TRUE.equals(row.get("visible", Boolean.class)),
                Verification.valueOf(row.get("claimer_verification", String.class)));
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
         * claimer may see it, and the claimer's verification.
         */
        record Refused(BookingStatus currentStatus, boolean visible, Verification claimer) implements Claim {
        }
    }
}
