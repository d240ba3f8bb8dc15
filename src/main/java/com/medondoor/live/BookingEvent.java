package com.medondoor.live;

import java.time.Instant;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;

/**
 * One committed status change, as the feed hands it to subscribers. {@code booking} is the booking as
 * it was right after the change: the facts the event recorded (its status, provider and visit time, and
 * when it happened) with the booking's unchanging data (service type, address, phone, need, notes,
 * patient), names as {@code accounts} has them, and no rating (a rating is no status change). It is
 * rendered for each audience only when sent ({@link LiveEvent.Kind}), whole or without its private details.
 */
record BookingEvent(long id, BookingView booking) {

    BookingStatus status() {
        return booking.status();
    }

    /** When the change's transaction ran (PostgreSQL's {@code now()}), the booking's {@code updatedAt}. */
    Instant occurredAt() {
        return booking.updatedAt();
    }
}
