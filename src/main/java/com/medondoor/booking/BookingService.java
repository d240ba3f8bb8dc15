package com.medondoor.booking;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A patient's bookings: creating, reading and cancelling them. */
@Service
public class BookingService {

    private final BookingRepository bookings;

    BookingService(BookingRepository bookings) {
        this.bookings = bookings;
    }

    Mono<BookingView> create(UUID patient, CreateBookingRequest request) {
        return bookings.create(patient, request);
    }

    Mono<Page<BookingView>> list(UUID patient, PageRequest page) {
        return page(patient, EnumSet.allOf(BookingStatus.class), page);
    }

    /** The patient's bookings that are not finished (PENDING or ACCEPTED), newest first. */
    public Mono<Page<BookingView>> unfinished(UUID patient, PageRequest page) {
        return page(patient, EnumSet.of(BookingStatus.PENDING, BookingStatus.ACCEPTED), page);
    }

    private Mono<Page<BookingView>> page(UUID patient, Set<BookingStatus> statuses, PageRequest page) {
        return bookings.findAllOwned(patient, statuses, page).collectList()
                .zipWith(bookings.countOwned(patient, statuses), (items, total) -> Page.of(items, page, total));
    }

    Mono<BookingView> get(UUID id, UUID patient) {
        return bookings.findOwned(id, patient).switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new));
    }

    /** Cancels a PENDING booking; when nothing changed, finds out why: not theirs, or no longer PENDING. */
    Mono<BookingView> cancel(UUID id, UUID patient) {
        return bookings.cancel(id, patient)
                .switchIfEmpty(Mono.defer(() -> get(id, patient).flatMap(current -> Mono.error(
                        new BookingProblems.WrongStatus(current.status(),
                                "Only a PENDING booking can be cancelled; this one is " + current.status() + ".")))));
    }
}
