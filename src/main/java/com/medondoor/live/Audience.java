package com.medondoor.live;

import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Whom a stream is for: which live events it takes, how its snapshot is read, and how its events after
 * an id are read for a replay. The three must show the same bookings.
 */
record Audience(Predicate<BookingEvent> interested, Supplier<Mono<?>> snapshot,
        LongFunction<Flux<BookingEvent>> replay) {
}
