package com.medondoor.admin;

import java.time.Duration;

import com.medondoor.account.CurrentUser;
import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingSearch;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.PlatformBookings;
import com.medondoor.booking.ReasonRequest;
import com.medondoor.booking.Transition;
import com.medondoor.system.Ids;
import com.medondoor.system.PageRequest;
import com.medondoor.system.QueryParams;
import com.medondoor.system.RequestBodies;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Bookings across the platform; their live list is {@code live}'s {@code /api/admin/bookings/stream}. */
@Component
class AdminBookingHandler {

    /** The oldest age a filter may ask for: ten years. */
    private static final int MAX_AGE_DAYS = 3650;

    private final PlatformBookings bookings;
    private final RequestBodies bodies;

    AdminBookingHandler(PlatformBookings bookings, RequestBodies bodies) {
        this.bookings = bookings;
        this.bodies = bodies;
    }

    /** Filtered by {@code status}, {@code serviceType} and {@code waitingLongerThan} (an age), oldest first. */
    Mono<ServerResponse> bookings(ServerRequest request) {
        return Mono.defer(() -> {
                    Duration age = QueryParams.duration(request, "waitingLongerThan", MAX_AGE_DAYS);
                    return bookings.search(new BookingSearch(QueryParams.oneOf(request, "status", BookingStatus.class),
                            QueryParams.oneOf(request, "serviceType", ServiceType.class), age == null ? Duration.ZERO : age),
                            PageRequest.from(request));
                })
                .flatMap(found -> ServerResponse.ok().bodyValue(found));
    }

    Mono<ServerResponse> waiting(ServerRequest request) {
        return Mono.defer(() -> bookings.waitingTooLong(PageRequest.from(request)))
                .flatMap(found -> ServerResponse.ok().bodyValue(found));
    }

    Mono<ServerResponse> overdue(ServerRequest request) {
        return Mono.defer(() -> bookings.overdue(PageRequest.from(request)))
                .flatMap(found -> ServerResponse.ok().bodyValue(found));
    }

    Mono<ServerResponse> releaseOverdue(ServerRequest request) {
        return actOnOverdue(request, Transition.RELEASE_OVERDUE);
    }

    Mono<ServerResponse> cancelOverdue(ServerRequest request) {
        return actOnOverdue(request, Transition.CANCEL_OVERDUE);
    }

    private Mono<ServerResponse> actOnOverdue(ServerRequest request, Transition action) {
        return CurrentUser.of(request)
                .zipWith(bodies.read(request, ReasonRequest.class))
                .flatMap(it -> bookings.actOnOverdue(action, Ids.pathId(request), it.getT1().id(), it.getT2().required()))
                .flatMap(found -> ServerResponse.ok().cacheControl(CacheControl.noStore()).bodyValue(found));
    }

    /** The booking with the patient's private details: the read is written to the audit log. */
    Mono<ServerResponse> booking(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> Mono.defer(() -> bookings.readWhole(Ids.pathId(request), caller.id())))
                .flatMap(found -> ServerResponse.ok().cacheControl(CacheControl.noStore()).bodyValue(found));
    }
}
