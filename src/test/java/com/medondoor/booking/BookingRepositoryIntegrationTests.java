package com.medondoor.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The booking repository's statements straight against PostgreSQL. */
class BookingRepositoryIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Autowired
    private BookingRepository bookings;

    @Autowired
    private CancellationRepository cancellations;

    @Autowired
    private DatabaseClient db;

    private Api.Account patient;

    @BeforeEach
    void newPatient() {
        patient = api().patient();
    }

    @Test
    void createThenPendingViewFoundByItsOwner() {
        Instant when = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        var request = new CreateBookingRequest(ServiceType.DOCTOR_CONSULTATION,
                new CreateBookingRequest.Address("4 Elm Road", "Flat 3", "10115", "Berlin", "Mitte", "DE"),
                "+49301234567", "Fever since Monday", null, when, when.plusSeconds(7200), "UTC", "Bring forms");

        AtomicReference<BookingView> created = new AtomicReference<>();
        bookings.create(patient.id(), request).as(StepVerifier::create)
                .assertNext(view -> {
                    created.set(view);
                    assertThat(view.status()).as("a new booking is PENDING").isEqualTo(BookingStatus.PENDING);
                    assertThat(view.address()).as("the address in parts, and on one line").isEqualTo(
                            new BookingView.Address("4 Elm Road", "Flat 3", "10115", "Berlin", "Mitte", "DE",
                                    "4 Elm Road, Flat 3, 10115 Berlin, Mitte, DE"));
                    assertThat(view.area()).as("the area").isEqualTo(new BookingView.Area("Mitte", "Berlin"));
                    assertThat(view.phone()).as("the phone").isEqualTo("+49301234567");
                    assertThat(view.need()).as("the need").isEqualTo("Fever since Monday");
                    assertThat(view.scheduledFor()).as("the scheduled time is kept").isEqualTo(when);
                    assertThat(view.patient()).as("the booking names its patient")
                            .isEqualTo(new BookingView.Party(patient.id(), patient.name()));
                    assertThat(view.provider()).as("a new booking has no provider").isNull();
                    assertThat(view.createdAt()).as("the database stamps the creation time").isNotNull();
                })
                .expectComplete().verify(TIMEOUT);

        bookings.findOwned(created.get().id(), patient.id()).as(StepVerifier::create)
                .expectNext(created.get()).as("findOwned returns the booking exactly as it was created")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void createThenOnePendingEventByThePatient() {
        bookings.create(patient.id(), nurseVisit())
                .flatMapMany(view -> db.sql("SELECT status, actor_id FROM booking_events WHERE booking_id = :id")
                        .bind("id", view.id())
                        .map(row -> row.get("status", String.class) + " " + row.get("actor_id", UUID.class))
                        .all())
                .as(StepVerifier::create)
                .expectNext("PENDING " + patient.id()).as("the creation is recorded once, as PENDING by the patient")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void findOwnedWhenAnotherPatientsBookingThenEmpty() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        bookings.findOwned(booking, api().patient().id()).hasElement().as(StepVerifier::create)
                .expectNext(false).as("another patient's booking is not found")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void findAllOwnedThenNewestFirstPageByPage() {
        List<UUID> created = IntStream.range(0, 5).mapToObj(i -> api().book(patient, ServiceType.NURSE_VISIT)).toList();
        api().book(api().patient(), ServiceType.NURSE_VISIT);

        Flux.concat(page(0), page(1), page(2)).collectList().as(StepVerifier::create)
                .expectNext(List.of(created.get(4), created.get(3), created.get(2), created.get(1), created.get(0)))
                .as("pages of two, read in turn, list the patient's own bookings newest first, each once")
                .expectComplete().verify(TIMEOUT);
        page(3).hasElements().as(StepVerifier::create)
                .expectNext(false).as("a page past the end is empty")
                .expectComplete().verify(TIMEOUT);
        bookings.countOwned(patient.id(), EnumSet.allOf(BookingStatus.class)).as(StepVerifier::create)
                .expectNext(5L).as("the count is the patient's own bookings only")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void cancelWhenPendingThenCancelledOnce() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        cancellations.cancel(booking, patient.id(), null).map(BookingView::status).as(StepVerifier::create)
                .expectNext(BookingStatus.CANCELLED).as("the owner cancels a PENDING booking")
                .expectComplete().verify(TIMEOUT);
        cancellations.cancel(booking, patient.id(), null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("a CANCELLED booking cannot be cancelled again")
                .expectComplete().verify(TIMEOUT);
        eventStatuses(booking).as(StepVerifier::create)
                .expectNext(List.of("PENDING", "CANCELLED")).as("only the change that happened is recorded")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void cancelWhenAcceptedThenEmptyAndStillAccepted() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), booking);

        cancellations.cancel(booking, patient.id(), null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("an ACCEPTED booking cannot be cancelled")
                .expectComplete().verify(TIMEOUT);
        bookings.findOwned(booking, patient.id()).map(BookingView::status).as(StepVerifier::create)
                .expectNext(BookingStatus.ACCEPTED).as("the refused cancel left the booking ACCEPTED")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void cancelWhenAnotherPatientsBookingThenEmptyAndStillPending() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        cancellations.cancel(booking, api().patient().id(), null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("only the owner can cancel")
                .expectComplete().verify(TIMEOUT);
        eventStatuses(booking).as(StepVerifier::create)
                .expectNext(List.of("PENDING")).as("a refused cancel records nothing")
                .expectComplete().verify(TIMEOUT);
    }

    private Flux<UUID> page(int number) {
        return bookings.findAllOwned(patient.id(), EnumSet.allOf(BookingStatus.class), new PageRequest(number, 2)).map(BookingView::id);
    }

    private Mono<List<String>> eventStatuses(UUID booking) {
        return db.sql("SELECT status FROM booking_events WHERE booking_id = :id ORDER BY id")
                .bind("id", booking)
                .map(row -> row.get("status", String.class))
                .all().collectList();
    }

    private static CreateBookingRequest nurseVisit() {
        return new CreateBookingRequest(ServiceType.NURSE_VISIT,
                new CreateBookingRequest.Address("1 Main Street", null, "10115", "Berlin", "Mitte", "DE"),
                "+49301234567", "Wound dressing", null, null, null, "UTC", null);
    }
}
