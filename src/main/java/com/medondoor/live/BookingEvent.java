package com.medondoor.live;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.rating.RatingSummary;

/**
 * One committed status change, as the feed hands it to subscribers. {@code booking} is the booking as
 * it was right after the change: the facts the event recorded (its status, provider and visit time, and
 * when it happened) with the booking's unchanging data (service type, address, phone, need, notes,
 * patient), names as {@code accounts} has them, and no rating. It is rendered for each audience only when
 * sent ({@link LiveEvent.Kind}), whole or without its private details. {@code formerProvider} is the
 * provider the change took the visit from (a release, a cancellation), null for any other change;
 * {@code releasedBy} are the providers who no longer see the booking, as it is now.
 * <p>
 * A rating is an event too, though no status change (migration V17): {@code rated} is set, and
 * {@code booking} is the completed booking as it stands, with its rating.
 */
record BookingEvent(long id, BookingView booking, UUID formerProvider, Set<UUID> releasedBy, Rated rated) {

    BookingEvent(long id, BookingView booking, UUID formerProvider, Set<UUID> releasedBy) {
        this(id, booking, formerProvider, releasedBy, null);
    }

    /**
     * What a rating event adds to its booking: the rating's id, and the provider's rating summary as the
     * feed read the event (not as it was when the rating was given: the newest is what a provider's page
     * shows, and a replay of several ratings ends on it).
     */
    record Rated(UUID ratingId, RatingSummary summary) {
    }

    /**
     * Whether the change puts a job on the providers' boards or takes it off: a booking waiting again, or
     * one that was waiting until now (claimed, cancelled, expired). A visit cancelled in a provider's
     * hands was on no board.
     */
    boolean onTheBoards() {
        return Audiences.BOARD_CHANGES.contains(status())
                && !(status() == BookingStatus.CANCELLED && formerProvider != null);
    }

    /** Whether the change concerns this provider's own visit: theirs from then on, or taken from them. */
    boolean concerns(UUID provider) {
        return provider.equals(formerProvider)
                || booking.provider() != null && booking.provider().id().equals(provider);
    }

    BookingStatus status() {
        return booking.status();
    }

    /**
     * When the change's transaction ran (PostgreSQL's {@code now()}): the booking's {@code updatedAt}, or
     * the rating's time, a rating leaving the booking as it was.
     */
    Instant occurredAt() {
        return rated != null ? booking.rating().createdAt() : booking.updatedAt();
    }
}
