package com.medondoor.live;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.medondoor.account.Accounts;
import com.medondoor.booking.BookingService;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.booking.PlatformBookings;
import com.medondoor.job.JobService;
import com.medondoor.job.JobVisibility;
import com.medondoor.job.PrivateDetails;
import com.medondoor.job.PrivateDetails.Viewer;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Whom each kind of booking stream is for ({@link Audience}): a provider, a patient, the administrators. */
@Component
class Audiences {

    /** The changes that put a job on a board or take it off: what every provider who sees the job is sent. */
    static final Set<BookingStatus> BOARD_CHANGES = EnumSet.of(BookingStatus.PENDING, BookingStatus.ACCEPTED,
            BookingStatus.CANCELLED, BookingStatus.EXPIRED);

    private final EventRepository events;
    private final Accounts accounts;
    private final JobService jobs;
    private final BookingService bookings;
    private final PlatformBookings platformBookings;
    private final LiveProperties properties;
    private final Clock clock;

    Audiences(EventRepository events, Accounts accounts, JobService jobs, BookingService bookings,
            PlatformBookings platformBookings, LiveProperties properties, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.jobs = jobs;
        this.bookings = bookings;
        this.platformBookings = platformBookings;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The jobs a provider may see ({@link JobVisibility}), as {@link PrivateDetails} lets them see each, and
     * their removals (claimed, cancelled, expired); and every change of the provider's own visits, including
     * one that takes a visit from them. Empty if there is no such provider.
     */
    Mono<Audience> provider(UUID provider) {
        return accounts.provider(provider).map(viewer -> new Audience(
                event -> event.concerns(provider) || (event.onTheBoards()
                        && JobVisibility.sees(viewer, event.booking(), event.releasedBy())),
                () -> jobs.available(provider, firstPage()),
                after -> events.afterForProvider(after, provider, properties.replayLimit() + 1),
                whole(Viewer.provider(provider)),
                event -> event.concerns(provider)));
    }

    /** A patient's own bookings, whole. */
    Mono<Audience> patient(UUID patient) {
        return Mono.just(new Audience(
                event -> event.booking().patient().id().equals(patient),
                () -> bookings.unfinished(patient, firstPage()),
                after -> events.afterForPatient(after, patient, properties.replayLimit() + 1),
                whole(Viewer.patient(patient))));
    }

    /**
     * Every booking's changes, for administrators, without private details (reading those is audited,
     * one booking at a time); the snapshot is the list of bookings waiting too long.
     */
    Mono<Audience> administrators() {
        return Mono.just(new Audience(event -> true,
                () -> platformBookings.waitingTooLong(firstPage()),
                after -> events.after(after, properties.replayLimit() + 1),
                booking -> false));
    }

    private PageRequest firstPage() {
        return new PageRequest(0, properties.snapshotSize());
    }

    /** Whether the viewer sees an event's booking, as the event left it, with its private details. */
    private Predicate<BookingView> whole(Viewer viewer) {
        return booking -> PrivateDetails.shownTo(viewer, booking, clock.instant());
    }
}
