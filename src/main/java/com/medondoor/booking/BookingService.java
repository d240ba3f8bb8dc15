package com.medondoor.booking;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.medondoor.system.InvalidRequest;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** A patient's bookings: creating, reading and cancelling them. */
@Service
public class BookingService {

    private final BookingRepository bookings;
    private final CancellationRepository cancellations;
    private final BookingProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    BookingService(BookingRepository bookings, CancellationRepository cancellations, BookingProperties properties,
            JsonMapper json, Clock clock) {
        this.bookings = bookings;
        this.cancellations = cancellations;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates a booking. With an idempotency key, a patient's repeated request (a retry after a lost
     * answer) creates nothing and gets the booking the first one created; the same key with another
     * request is refused. Past the key's retention the key is forgotten and a request creates a new booking.
     */
    Mono<Creation> create(UUID patient, CreateBookingRequest sent, String idempotencyKey) {
        CreateBookingRequest request = sent.normalized(properties, clock.instant());
        if (idempotencyKey == null) {
            return bookings.create(patient, request).map(Creation::new);
        }
        String fingerprint = fingerprint(request);
        Mono<Creation> createOnce = Mono.defer(() -> bookings.createOnce(patient, request, idempotencyKey, fingerprint))
                .map(Creation::new);
        return createOnce.switchIfEmpty(Mono.defer(() -> bookings.findByKey(patient, idempotencyKey)
                .flatMap(earlier -> earlier.fingerprint().equals(fingerprint)
                        ? Mono.just(new Creation(earlier.booking(), true))
                        : Mono.error(BookingProblems.IdempotencyKeyReused::new))
                // The key reached the end of its retention and was swept between the two statements:
                // the request is a new one after all.
                .switchIfEmpty(createOnce)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("idempotency key vanished twice")))));
    }

    /** The patient's bookings in one of {@code statuses}, newest first. */
    Mono<Page<BookingView>> list(UUID patient, Set<BookingStatus> statuses, PageRequest page) {
        return page(patient, statuses, page);
    }

    /** The patient's bookings that are not over ({@link BookingStatus#UNFINISHED}), newest first. */
    public Mono<Page<BookingView>> unfinished(UUID patient, PageRequest page) {
        return page(patient, BookingStatus.UNFINISHED, page);
    }

    private Mono<Page<BookingView>> page(UUID patient, Set<BookingStatus> statuses, PageRequest page) {
        return bookings.findAllOwned(patient, statuses, page).collectList()
                .zipWith(bookings.countOwned(patient, statuses), (items, total) -> Page.of(items, page, total));
    }

    /** The booking's life so far, step by step. */
    Mono<List<BookingStep>> steps(UUID id, UUID patient) {
        return bookings.steps(id, patient).collectList()
                .filter(steps -> !steps.isEmpty())
                .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new));
    }

    Mono<BookingView> get(UUID id, UUID patient) {
        return bookings.findOwned(id, patient).switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new));
    }

    /**
     * Cancels the booking ({@link Transition#CANCEL}); when nothing changed, finds out why: not theirs, a
     * provider has it and no reason was given, or it is past cancelling.
     */
    Mono<BookingView> cancel(UUID id, UUID patient, ReasonRequest reason) {
        String given = reason.given().orElse(null);
        return cancellations.cancel(id, patient, given)
                .switchIfEmpty(Mono.defer(() -> get(id, patient).flatMap(current -> Mono.error(
                        Transition.CANCEL.allowedFrom(current.status())
                                ? InvalidRequest.of("reason", "must be given once a provider has the visit")
                                : new BookingProblems.WrongStatus(current.status(), "A booking can be cancelled while it is "
                                        + Transition.CANCEL.fromNames() + "; this one is " + current.status() + ".")))));
    }

    /**
     * The request as parsed and normalized, so that a retry matches however its JSON was spaced or ordered
     * and its phone number written.
     */
    private String fingerprint(CreateBookingRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A booking as a create request answers it; {@code replayed} when an earlier request made it. */
    record Creation(BookingView booking, boolean replayed) {

        Creation(BookingView booking) {
            this(booking, false);
        }
    }
}
