package com.medondoor.job;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import com.medondoor.account.Accounts;
import com.medondoor.account.Verification;
import com.medondoor.booking.BookingProblems;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.job.PrivateDetails.Viewer;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Claiming jobs, and the lists providers work from ({@link Visits}: the visit's steps after the claim). Every booking it answers with is shown
 * as {@link PrivateDetails} lets the provider see it.
 */
@Service
public class JobService {

    private final JobRepository jobs;
    private final Duties duties;
    private final Accounts accounts;
    private final Clock clock;
    private final Counter won;
    private final Counter conflicts;

    JobService(JobRepository jobs, Duties duties, Accounts accounts, Clock clock, MeterRegistry meters) {
        this.jobs = jobs;
        this.duties = duties;
        this.accounts = accounts;
        this.clock = clock;
        this.won = claims(meters, "won");
        this.conflicts = claims(meters, "conflict");
    }

    /** {@code medondoor.claims{outcome}}: how often providers race for the same job and lose. */
    private static Counter claims(MeterRegistry meters, String outcome) {
        return Counter.builder("medondoor.claims").tag("outcome", outcome)
                .description("Claims that won the job, or found it no longer PENDING").register(meters);
    }

    /**
     * Completes when the provider may see jobs, fails with {@link ProviderNotVerified} when they may not:
     * what the job list, the job stream and the claim answer a provider no administrator has verified (an
     * unknown provider passes, and then sees nothing, as before).
     */
    public Mono<Void> requireVerified(UUID provider) {
        return accounts.provider(provider)
                .filter(found -> !found.verified())
                .flatMap(found -> Mono.<Void>error(new ProviderNotVerified(found.verification())));
    }

    /** The job list: the page of {@link #available}, for a verified provider only. */
    Mono<Page<BookingView>> list(UUID provider, PageRequest page) {
        return requireVerified(provider).then(available(provider, page));
    }

    /** PENDING bookings the provider may see ({@link JobVisibility}), oldest first, without private details. */
    public Mono<Page<BookingView>> available(UUID provider, PageRequest page) {
        return jobs.findAvailable(provider, page).map(booking -> shown(Viewer.provider(provider), booking))
                .collectList()
                .zipWith(jobs.countAvailable(provider), (items, total) -> Page.of(items, page, total));
    }

    /** A suspended provider still sees their history, without anyone's private details. */
    Mono<Page<BookingView>> mine(UUID provider, Set<BookingStatus> statuses, PageRequest page) {
        return jobs.isSuspended(provider)
                .map(suspended -> Viewer.provider(provider, suspended))
                .flatMap(viewer -> jobs.findClaimed(provider, statuses, page).map(booking -> shown(viewer, booking))
                        .collectList())
                .zipWith(jobs.countClaimed(provider, statuses), (items, total) -> Page.of(items, page, total));
    }

    /**
     * One statement decides the winner and, for everyone else, says why they lost: first that they may not
     * take jobs at all, then that there is no such booking, that they gave it back, that it is of another
     * type, that its window closed, that they are off duty, that they hold as many visits as they may, or
     * its status. When the database refuses the
     * claim's visit itself (a provider's claims at once, or a shift ended meanwhile), the shift as it is
     * now says which.
     */
    Mono<BookingView> claim(UUID id, UUID provider) {
        return jobs.claim(id, provider)
                .onErrorResume(DutyRoom::refused, failure -> duties.of(provider)
                        .flatMap(duty -> Mono.error(duty.onDuty() ? new CapacityReached(duty.capacity())
                                : new ProviderOffDuty())))
                .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new))
                .flatMap(claim -> {
                    if (claim instanceof JobRepository.Claim.Won winner) {
                        won.increment();
                        return Mono.just(shown(Viewer.provider(provider), winner.booking()));
                    }
                    JobRepository.Claim.Refused refusal = (JobRepository.Claim.Refused) claim;
                    if (refusal.claimer() != Verification.VERIFIED) {
                        return Mono.error(new ProviderNotVerified(refusal.claimer()));
                    }
                    if (refusal.currentStatus() == null) {
                        return Mono.error(new BookingProblems.BookingNotFound());
                    }
                    if (refusal.released()) {
                        return Mono.error(new JobGivenBack());
                    }
                    if (!refusal.visible()) {
                        return Mono.error(new WrongServiceType());
                    }
                    if (refusal.currentStatus() == BookingStatus.PENDING && !refusal.windowOpen()) {
                        return Mono.error(new WindowClosed());
                    }
                    if (refusal.currentStatus() == BookingStatus.PENDING && !refusal.onDuty()) {
                        return Mono.error(new ProviderOffDuty());
                    }
                    if (refusal.currentStatus() == BookingStatus.PENDING && !refusal.hasRoom()) {
                        return Mono.error(new CapacityReached(refusal.capacity()));
                    }
                    return Mono.error(conflict(refusal.currentStatus()));
                });
    }

    private BookingProblems.WrongStatus conflict(BookingStatus current) {
        conflicts.increment();
        return new BookingProblems.WrongStatus(current, "This job is no longer available; it is " + current + ".");
    }

    private BookingView shown(Viewer viewer, BookingView booking) {
        return PrivateDetails.as(viewer, booking, clock.instant());
    }
}
