package com.medondoor.job;

import java.time.Clock;
import java.util.UUID;

import com.medondoor.booking.BookingProblems;
import com.medondoor.booking.BookingView;
import com.medondoor.booking.Transition;
import com.medondoor.job.PrivateDetails.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A visit after its claim, in its provider's hands: setting off, arriving, completing, or giving it back.
 * Each answer shows the booking as {@link PrivateDetails} lets the provider see it.
 */
@Service
class Visits {

    private final VisitRepository visits;
    private final Clock clock;

    Visits(VisitRepository visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    /**
     * The visit's next step ({@link Transition#SET_OFF}, {@link Transition#ARRIVE} or
     * {@link Transition#COMPLETE}) by its provider; {@code etaMinutes}, when setting off, is when they expect
     * to arrive. When nothing changed, finds out why: not their visit, or not at the step before.
     */
    Mono<BookingView> step(Transition step, UUID id, UUID provider, Integer etaMinutes) {
        return explained(step, id, provider, visits.step(step, id, provider, etaMinutes));
    }

    /** The provider gives the visit back ({@link Transition#RELEASE}), with their reason. */
    Mono<BookingView> release(UUID id, UUID provider, String reason) {
        return explained(Transition.RELEASE, id, provider, visits.release(id, provider, reason));
    }

    private Mono<BookingView> explained(Transition transition, UUID id, UUID provider, Mono<BookingView> change) {
        return change.map(booking -> shown(Viewer.provider(provider), booking))
                .switchIfEmpty(Mono.defer(() -> visits.statusOfClaimed(id, provider)
                        .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new))
                        .flatMap(status -> Mono.error(new BookingProblems.WrongStatus(status, "This needs the visit "
                                + "to be " + transition.fromNames() + "; it is " + status + ".")))));
    }

    private BookingView shown(Viewer viewer, BookingView booking) {
        return PrivateDetails.as(viewer, booking, clock.instant());
    }
}
