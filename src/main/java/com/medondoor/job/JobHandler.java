package com.medondoor.job;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.medondoor.account.CurrentUser;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.ReasonRequest;
import com.medondoor.booking.Transition;
import com.medondoor.system.Ids;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.PageRequest;
import com.medondoor.system.RequestBodies;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class JobHandler {

    /** {@code mine}'s filter: a status a provider's visit may have, or all those in their hands. */
    private static final Map<String, Set<BookingStatus>> MINE = Map.of(
            "ACTIVE", BookingStatus.ACTIVE,
            "ACCEPTED", EnumSet.of(BookingStatus.ACCEPTED),
            "EN_ROUTE", EnumSet.of(BookingStatus.EN_ROUTE),
            "IN_PROGRESS", EnumSet.of(BookingStatus.IN_PROGRESS),
            "COMPLETED", EnumSet.of(BookingStatus.COMPLETED));

    private final JobService jobs;
    private final Visits visits;
    private final RequestBodies bodies;

    JobHandler(JobService jobs, Visits visits, RequestBodies bodies) {
        this.jobs = jobs;
        this.visits = visits;
        this.bodies = bodies;
    }

    Mono<ServerResponse> available(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.list(caller.id(), PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }

    Mono<ServerResponse> mine(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.mine(caller.id(), status(request), PageRequest.from(request)))
                .flatMap(page -> ServerResponse.ok().bodyValue(page));
    }

    Mono<ServerResponse> claim(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> jobs.claim(Ids.pathId(request), caller.id()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    Mono<ServerResponse> setOff(ServerRequest request) {
        return CurrentUser.of(request)
                .zipWith(bodies.readOrElse(request, SetOffRequest.class, SetOffRequest.NO_ESTIMATE))
                .flatMap(it -> visits.step(Transition.SET_OFF, Ids.pathId(request), it.getT1().id(), it.getT2().etaMinutes()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    Mono<ServerResponse> arrive(ServerRequest request) {
        return step(request, Transition.ARRIVE);
    }

    Mono<ServerResponse> complete(ServerRequest request) {
        return step(request, Transition.COMPLETE);
    }

    Mono<ServerResponse> release(ServerRequest request) {
        return CurrentUser.of(request)
                .zipWith(bodies.read(request, ReasonRequest.class))
                .flatMap(it -> visits.release(Ids.pathId(request), it.getT1().id(), it.getT2().required()))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    private Mono<ServerResponse> step(ServerRequest request, Transition step) {
        return CurrentUser.of(request)
                .flatMap(caller -> visits.step(step, Ids.pathId(request), caller.id(), null))
                .flatMap(booking -> ServerResponse.ok().bodyValue(booking));
    }

    private static Set<BookingStatus> status(ServerRequest request) {
        String status = request.queryParam("status").orElse("ACTIVE");
        Set<BookingStatus> statuses = MINE.get(status);
        if (statuses == null) {
            throw InvalidRequest.of("status", "must be ACTIVE, ACCEPTED, EN_ROUTE, IN_PROGRESS or COMPLETED");
        }
        return statuses;
    }
}
