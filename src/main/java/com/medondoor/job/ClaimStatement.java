package com.medondoor.job;

import com.medondoor.booking.BookingChanges;
import com.medondoor.booking.Transition;

/** The claim's one statement, with the reasoning that makes it correct under races. */
final class ClaimStatement {

    /** Whether the claimer, {@code :actor}, is on duty with room for one more visit, in the statement's snapshot. */
    private static final String HAS_ROOM = """
            EXISTS (SELECT FROM provider_duty duty
                     WHERE duty.provider_id = :actor
                       AND duty.on_duty
                       AND duty.active_visits < duty.capacity)""";

    /**
     * In the refusal: whether, as the statement's snapshot has it, the claimer was on duty with room and the
     * window open, so that a claim of the booking, PENDING and visible, could only have lost a race.
     */
    private static final String SHOULD_HAVE_WON = "coalesce(duty.on_duty AND duty.active_visits < duty.capacity, false)"
            + " AND booking.expires_at > now()";

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
     * PENDING and visible to the claimer in the snapshot, the claimer on duty with room and the window open
     * ({@link #SHOULD_HAVE_WON}), with nothing changed, means exactly that race;
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
     * <p>
     * The claimer must be on duty with room for one more visit ({@link #HAS_ROOM}). The statement reads
     * that from its snapshot, to refuse the usual case plainly; the database itself counts the visit when
     * the booking changes (migration V14's trigger), on the newest version of the claimer's row and under
     * its lock, and fails the whole statement when the claimer went off duty or filled up meanwhile: of a
     * provider's claims at once, no more than their capacity win.
     * <p>
     * The booking's window must still be open: a PENDING booking past its {@code expires_at} only waits
     * for the expiry sweep. A provider who gave the booking back does not see it ({@link JobVisibility}),
     * and is told so ({@code released}) rather than that it is of another type.
     */
    static final String SQL = BookingChanges.statementOrRefusal("""
            UPDATE bookings AS booking
               SET status = '%s', provider_id = :actor, status_reason = NULL, status_note = NULL, updated_at = now()
             WHERE booking.id = :id
               AND %s
               AND booking.expires_at > now()
               AND %s
               AND %s
               AND %s
            RETURNING *
            """.formatted(Transition.CLAIM.to(), Transition.CLAIM.from("booking.status"),
                    JobVisibility.sql(JobVisibility.viewer("actor")), HAS_ROOM, JobVisibility.stillSeenBy("actor")), """
            SELECT newest.status AS current_status,
                   coalesce(%1$s, false) AS visible,
                   coalesce(:actor = ANY (booking.released_by), false) AS released,
                   coalesce(booking.expires_at > now(), false) AS window_open,
                   CASE WHEN newest.status = 'PENDING' AND %1$s AND %2$s
                        THEN (SELECT verification FROM accounts WHERE id = :actor FOR SHARE)
                        ELSE claimer.verification
                   END AS claimer_verification,
                   coalesce(duty.on_duty, false) AS on_duty,
                   coalesce(duty.active_visits < duty.capacity, false) AS has_room,
                   duty.capacity
              FROM accounts claimer
              LEFT JOIN provider_duty duty ON duty.provider_id = claimer.id
              LEFT JOIN bookings booking ON booking.id = :id
             CROSS JOIN LATERAL (
                    SELECT CASE WHEN booking.status = 'PENDING' AND %1$s AND %2$s
                                THEN (SELECT status FROM bookings WHERE id = :id FOR SHARE)
                                ELSE booking.status
                           END AS status) newest
             WHERE claimer.id = :actor
               AND NOT EXISTS (SELECT FROM changed)
            """.formatted(JobVisibility.sql("claimer"), SHOULD_HAVE_WON));

    private ClaimStatement() {
    }
}
