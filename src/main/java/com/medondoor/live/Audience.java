package com.medondoor.live;

import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.medondoor.booking.BookingView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Whom a stream is for: which live events it takes, how its snapshot is read, and how its events after
 * an id are read for a replay. The three must show the same bookings. {@code whole} says, for an event's
 * booking, whether the stream shows it with its private details ({@code job.PrivateDetails}); the snapshot
 * is read as its audience may see it. {@code own} says whether an event concerns the stream's viewer as the
 * visit's provider, which a job stream shows as such ({@link LiveEvent.Kind#JOBS}).
 */
record Audience(Predicate<BookingEvent> interested, Supplier<Mono<?>> snapshot,
        LongFunction<Flux<BookingEvent>> replay, Predicate<BookingView> whole, Predicate<BookingEvent> own) {

    Audience(Predicate<BookingEvent> interested, Supplier<Mono<?>> snapshot, LongFunction<Flux<BookingEvent>> replay,
            Predicate<BookingView> whole) {
        this(interested, snapshot, replay, whole, event -> false);
    }
}
