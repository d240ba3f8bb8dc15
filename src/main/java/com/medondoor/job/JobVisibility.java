package com.medondoor.job;

import java.util.Collection;
import java.util.UUID;

import com.medondoor.account.Provider;
import com.medondoor.booking.BookingView;

/**
 * Which bookings a provider may see: those of the service type they provide, only while an
 * administrator has verified them, and never one they gave back or had taken from them (its
 * {@code released_by}). This is the one rule behind everything that shows a provider jobs or
 * lets them take one: the job list and its count, the claim, and the job stream's snapshot (the list),
 * replay and live filter. It is written twice, side by side, and only here: in SQL for the statements
 * that read bookings, and in Java for the events a stream has already read. The two must agree:
 * {@code JobVisibilityIntegrationTests} builds bookings of every service type and status and providers of
 * every type, and checks that the five uses show each provider the same bookings;
 * {@code VerificationVisibilityIntegrationTests} does the same for every verification status.
 * <p>
 * A condition on who sees what goes into both methods here, reading the provider's facts from
 * {@link Provider} and the {@code accounts} view. A condition on the booking's status is not the rule's
 * but each use's: the list and the claim take PENDING bookings only, while the stream also sends their
 * removals. Nor are a provider's duty and capacity: an off-duty or full provider still sees the board,
 * and only their claim is refused ({@link ClaimStatement}).
 */
public final class JobVisibility {

    private JobVisibility() {
    }

    /**
     * The rule in SQL: whether the booking the statement names {@code booking} (a row of {@code bookings}
     * or {@code booking_views}) may be seen by {@code viewer}, a row of {@code accounts}: either an alias
     * the statement joins, or {@link #viewer(String)}. With the latter, the verification is a condition
     * on the provider alone, which PostgreSQL checks once, before it reads any booking.
     */
    public static String sql(String viewer) {
        return "booking.service_type = (" + viewer + ").service_type AND (" + viewer + ").verification = 'VERIFIED'"
                + " AND NOT ((" + viewer + ").id = ANY (booking.released_by))";
    }

    /**
     * The provider whose id the bind {@code :name} holds, as the row of {@code accounts} the rule reads.
     * A subquery of its own rather than a join: PostgreSQL reads it once, before the bookings, and then
     * finds them by their index as a constant (a join to the provider's row would give up the index's
     * order and sort every PENDING booking of the type to show the first page).
     */
    public static String viewer(String bind) {
        return "(SELECT viewer FROM accounts viewer WHERE viewer.id = :" + bind + ")";
    }

    /**
     * The rule's condition on the provider whose id {@code :name} holds, read from the newest version of
     * their row rather than the statement's snapshot, and that row kept from changing until the
     * statement's transaction ends ({@code FOR SHARE}). For a statement that must not act for a provider
     * whom an administrator is suspending or has just suspended: it waits for a suspension in progress
     * and then sees it, and a suspension waits for it (see {@code JobRepository}'s claim).
     */
    public static String stillSeenBy(String bind) {
        return """
                EXISTS (SELECT FROM accounts newest
                         WHERE newest.id = :%s
                           AND newest.service_type = booking.service_type
                           AND newest.verification = 'VERIFIED'
                           FOR SHARE)""".formatted(bind);
    }

    /**
     * The same rule in Java: whether {@code viewer} may see {@code booking}, as an event shows it, which
     * the providers in {@code releasedBy} gave back or had taken from them.
     */
    public static boolean sees(Provider viewer, BookingView booking, Collection<UUID> releasedBy) {
        return viewer.verified() && booking.serviceType() == viewer.serviceType() && !releasedBy.contains(viewer.id());
    }
}
