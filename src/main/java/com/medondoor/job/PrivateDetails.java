package com.medondoor.job;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;

/**
 * Who gets a booking's private details: the patient's name, the street address, the phone, the notes
 * and the words given with its latest change ({@link BookingView}). They go to the booking's patient, to
 * administrators, and to the provider who holds the visit: while it is in their hands (ACCEPTED, EN_ROUTE,
 * IN_PROGRESS), and once they completed it for {@link #AFTER_COMPLETION} more (to find the way back, to
 * call about a forgotten item). Everyone else, every provider before a
 * claim among them, gets {@link BookingView#withoutPrivateDetails()}: the service, the area (district and
 * city), the need and the time, which is what a provider decides by.
 * <p>
 * This is the one place where that is decided; {@link JobVisibility} beside it decides which bookings a
 * provider sees at all. Every path that shows a booking to a provider asks it: the job list (and so the
 * job stream's snapshot), {@code mine}, the claim's and the completion's answers, and the job stream's
 * live events and replay. A patient's own paths read only the patient's bookings, which they may always
 * see in full. The decision reads the booking as it is (its current provider and status): a provider
 * whose visit is released or reassigned is no longer its provider and loses the details at once.
 */
public final class PrivateDetails {

    /** How long after completing a visit its provider keeps its details. */
    public static final Duration AFTER_COMPLETION = Duration.ofHours(24);

    private PrivateDetails() {
    }

    /** Someone looking at a booking, as far as its private details go. */
    public record Viewer(UUID id, Kind kind) {

        public enum Kind {
            PATIENT,
            PROVIDER,
            /** A suspended provider keeps no visit's details, not even of one completed an hour ago. */
            SUSPENDED_PROVIDER,
            ADMINISTRATOR
        }

        public static Viewer patient(UUID id) {
            return new Viewer(id, Kind.PATIENT);
        }

        public static Viewer provider(UUID id) {
            return new Viewer(id, Kind.PROVIDER);
        }

        public static Viewer provider(UUID id, boolean suspended) {
            return new Viewer(id, suspended ? Kind.SUSPENDED_PROVIDER : Kind.PROVIDER);
        }

        public static Viewer administrator(UUID id) {
            return new Viewer(id, Kind.ADMINISTRATOR);
        }
    }

    /** Whether {@code viewer} may have the private details of {@code booking} (as it is) at {@code now}. */
    public static boolean shownTo(Viewer viewer, BookingView booking, Instant now) {
        return switch (viewer.kind()) {
            case PATIENT -> booking.patient().id().equals(viewer.id());
            case ADMINISTRATOR -> true;
            case PROVIDER -> holds(viewer.id(), booking, now);
            case SUSPENDED_PROVIDER -> false;
        };
    }

    /** The booking as {@code viewer} may see it: whole, or without its private details. */
    public static BookingView as(Viewer viewer, BookingView booking, Instant now) {
        return shownTo(viewer, booking, now) ? booking : booking.withoutPrivateDetails();
    }

    /**
     * Whether the provider holds the visit: it is theirs, and in their hands, or COMPLETED less than
     * {@link #AFTER_COMPLETION} ago. A completed booking changes no more (its rating is a row of its own),
     * so its {@code updatedAt} is when it was completed.
     */
    private static boolean holds(UUID provider, BookingView booking, Instant now) {
        if (booking.provider() == null || !booking.provider().id().equals(provider)) {
            return false;
        }
        return booking.status().isActive() || (booking.status() == BookingStatus.COMPLETED
                && now.isBefore(booking.updatedAt().plus(AFTER_COMPLETION)));
    }
}
