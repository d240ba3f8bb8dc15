package com.medondoor.booking;

import java.util.UUID;

import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Bookings across the platform, for administrators: listed without their private details, like a
 * provider's board; read whole one at a time, each read recorded in the audit log.
 */
@Service
public class PlatformBookings {

    private final PlatformBookingRepository bookings;
    private final BookingProperties properties;

    PlatformBookings(PlatformBookingRepository bookings, BookingProperties properties) {
        this.bookings = bookings;
        this.properties = properties;
    }

    public Mono<Page<BookingView>> search(BookingSearch search, PageRequest page) {
        return bookings.find(search, page).map(BookingView::withoutPrivateDetails).collectList()
                .zipWith(bookings.count(search), (items, total) -> Page.of(items, page, total));
    }

    /** PENDING bookings older than {@code medondoor.bookings.waiting-too-long}: patients nobody has taken. */
    public Mono<Page<BookingView>> waitingTooLong(PageRequest page) {
        return search(BookingSearch.waitingLongerThan(properties.waitingTooLong()), page);
    }

    /** The booking with its private details, read by an administrator: audited. */
    public Mono<BookingView> readWhole(UUID booking, UUID administrator) {
        return bookings.readAudited(booking, administrator)
                .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new));
    }
}
