package com.medondoor.booking;

import java.net.URI;

import com.medondoor.auth.CurrentUser;
import com.medondoor.system.Ids;
import com.medondoor.system.PageRequest;
import com.medondoor.system.RequestBodies;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class BookingHandler {

    private final BookingService bookings;
    private final RequestBodies bodies;

    BookingHandler(BookingService bookings, RequestBodies bodies) {
        this.bookings = bookings;
        this.bodies = bodies;
    }

    Mono<ServerResponse> create(ServerRequest request) {
        return CurrentUser.of(request)
                .zipWith(bodies.read(request, CreateBookingRequest.class))
                .flatMap(it -> bookings.create(it.getT1().id(), it.getT2()))
                .flatMap(booking -> ServerResponse.created(URI.create("/api/bookings/" + booking.id()))
                        .bodyValue(booking));
    }

    Mono<ServerResponse> list(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bookings.list(caller.id(), PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bookings.get(Ids.pathId(request), caller.id()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    Mono<ServerResponse> cancel(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bookings.cancel(Ids.pathId(request), caller.id()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }
}
