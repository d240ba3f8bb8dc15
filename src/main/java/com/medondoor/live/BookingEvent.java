package com.medondoor.live;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;

/**
 * One committed status change, as the feed hands it to subscribers. {@code booking} is the booking as
 * it was right after the change: the facts the event recorded (its status, provider and visit time, and
 * when it happened) with the booking's unchanging data (service type, address, phone, need, notes,
 * patient), names as {@code accounts} has them, and no rating (a rating is no status change). It is
 * rendered for each audience only when sent ({@link LiveEvent.Kind}), whole or without its private details.
 * {@code formerProvider} is the provider the change took the visit from (a release, a cancellation), null
 * for any other change; {@code releasedBy} are the providers who no longer see the booking, as it is now.
 */
record BookingEvent(long id, BookingView booking, UUID formerProvider, Set<UUID> releasedBy) {

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

    /** When the change's transaction ran (PostgreSQL's {@code now()}), the booking's {@code updatedAt}. */
    Instant occurredAt() {
        return booking.updatedAt();
    }
}
