package com.medondoor.booking;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.medondoor.account.CurrentUser;
import com.medondoor.system.Ids;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.PageRequest;
import com.medondoor.system.RequestBodies;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class BookingHandler {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** {@code list}'s filter: the bookings not yet over, or those that are. */
    private static final Map<String, Set<BookingStatus>> LISTED = Map.of(
            "UNFINISHED", BookingStatus.UNFINISHED,
            "FINISHED", BookingStatus.FINISHED);

    private final BookingService bookings;
    private final RequestBodies bodies;

    BookingHandler(BookingService bookings, RequestBodies bodies) {
        this.bookings = bookings;
        this.bodies = bodies;
    }

    Mono<ServerResponse> create(ServerRequest request) {
        String key = idempotencyKey(request);
        return CurrentUser.of(request)
                .zipWith(bodies.read(request, CreateBookingRequest.class))
                .flatMap(it -> bookings.create(it.getT1().id(), it.getT2(), key))
                .flatMap(created -> ServerResponse.created(URI.create("/api/bookings/" + created.booking().id()))
                        .headers(headers -> {
                            if (created.replayed()) {
                                headers.set(REPLAYED, "true");
                            }
                        })
                        .bodyValue(created.booking()));
    }

    Mono<ServerResponse> list(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bookings.list(caller.id(), status(request), PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }

    Mono<ServerResponse> get(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bookings.get(Ids.pathId(request), caller.id()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    Mono<ServerResponse> steps(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bookings.steps(Ids.pathId(request), caller.id()))
                .flatMap(steps -> ServerResponse.ok().bodyValue(steps));
    }

    Mono<ServerResponse> cancel(ServerRequest request) {
        return CurrentUser.of(request)
                .zipWith(bodies.readOrElse(request, ReasonRequest.class, ReasonRequest.NONE))
                .flatMap(it -> bookings.cancel(Ids.pathId(request), it.getT1().id(), it.getT2()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    private static Set<BookingStatus> status(ServerRequest request) {
        return request.queryParam("status")
                .map(status -> {
                    Set<BookingStatus> statuses = LISTED.get(status);
                    if (statuses == null) {
                        throw InvalidRequest.of("status", "must be UNFINISHED or FINISHED");
                    }
                    return statuses;
                })
                .orElse(EnumSet.allOf(BookingStatus.class));
    }

    /** Absent, or 1 to 255 visible ASCII characters (a UUID is a good key). */
    private static String idempotencyKey(ServerRequest request) {
        String key = request.headers().firstHeader(IDEMPOTENCY_KEY);
        if (key != null && !KEY.matcher(key).matches()) {
            throw InvalidRequest.of(IDEMPOTENCY_KEY, "must be 1 to 255 visible ASCII characters");
        }
        return key;
    }
}
