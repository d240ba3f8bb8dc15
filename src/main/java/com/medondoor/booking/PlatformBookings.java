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

    /** Visits still in a provider's hands {@code medondoor.bookings.overdue-after} past their time, most overdue first. */
    public Mono<Page<BookingView>> overdue(PageRequest page) {
        return bookings.findOverdue(page).map(BookingView::withoutPrivateDetails).collectList()
                .zipWith(bookings.countOverdue(), (items, total) -> Page.of(items, page, total));
    }

    /**
     * An administrator releases ({@link Transition#RELEASE_OVERDUE}) or cancels
     * ({@link Transition#CANCEL_OVERDUE}) an overdue visit, with their reason, audited: so that no visit,
     * and no provider's capacity, stays stuck. A visit that is not overdue is refused.
     */
    public Mono<BookingView> actOnOverdue(Transition action, UUID booking, UUID administrator, String reason) {
        if (action != Transition.RELEASE_OVERDUE && action != Transition.CANCEL_OVERDUE) {
            throw new IllegalArgumentException(action + " is no administrator's action on an overdue visit");
        }
        return bookings.actOnOverdue(action, booking, administrator, reason)
                .switchIfEmpty(Mono.defer(() -> bookings.overdue(booking)
                        .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new))
                        .flatMap(found -> Mono.error(action.allowedFrom(found.status())
                                ? new BookingProblems.NotOverdue()
                                : new BookingProblems.WrongStatus(found.status(), "Only a visit that is "
                                        + action.fromNames() + " can be; this one is " + found.status() + ".")))));
    }

    /** The booking with its private details, read by an administrator: audited. */
    public Mono<BookingView> readWhole(UUID booking, UUID administrator) {
        return bookings.readAudited(booking, administrator)
                .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new));
    }
}
