package com.medondoor.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.booking.Transition;
import com.medondoor.job.JobRepository.Claim;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/** The job repository's conditional statements and queries, straight against PostgreSQL. */
class JobRepositoryIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Autowired
    private JobRepository jobs;

    @Autowired
    private VisitRepository visits;

    @Autowired
    private DatabaseClient db;

    private Api.Account patient;
    private Api.Account nurse;

    @BeforeEach
    void freshBookings() {
        // The database lives as long as the class; the listing tests need to see only their own bookings.
        db.sql("TRUNCATE idempotency_keys, ratings, booking_events, bookings").then()
                .as(StepVerifier::create).expectComplete().verify(TIMEOUT);
        patient = api().patient();
        nurse = api().provider(ServiceType.NURSE_VISIT);
    }

    @Test
    void claimWhenPendingThenWonWithAcceptedView() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        jobs.claim(booking, nurse.id()).as(StepVerifier::create)
                .assertNext(claim -> {
                    assertThat(claim).as("a claim of a PENDING booking of the type wins").isInstanceOf(Claim.Won.class);
                    BookingView view = ((Claim.Won) claim).booking();
                    assertThat(view.id()).as("the claimed booking is returned").isEqualTo(booking);
                    assertThat(view.status()).as("a claimed booking is ACCEPTED").isEqualTo(BookingStatus.ACCEPTED);
                    assertThat(view.provider()).as("the claimer is the provider")
                            .isEqualTo(new BookingView.Party(nurse.id(), nurse.name()));
                    assertThat(view.patient()).as("the patient is unchanged")
                            .isEqualTo(new BookingView.Party(patient.id(), patient.name()));
                    assertThat(view.rating()).as("a claimed booking has no rating").isNull();
                })
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void claimWhenAlreadyClaimedThenRefusedWithAccepted() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        jobs.claim(booking, nurse.id()).then().as(StepVerifier::create).expectComplete().verify(TIMEOUT);

        jobs.claim(booking, api().provider(ServiceType.NURSE_VISIT).id()).as(StepVerifier::create)
                .expectNext(new Claim.Refused(BookingStatus.ACCEPTED, true, false, true, Verification.VERIFIED, true, true, 1))
                .as("a late claimer of the right type learns the booking is ACCEPTED")
                .expectComplete().verify(TIMEOUT);
        jobs.claim(booking, nurse.id()).as(StepVerifier::create)
                .expectNext(new Claim.Refused(BookingStatus.ACCEPTED, true, false, true, Verification.VERIFIED, true, false, 1))
                .as("claiming again what one has claimed changes nothing either")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void claimThenOneAcceptedEventByTheProvider() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        jobs.claim(booking, nurse.id()).then(jobs.claim(booking, nurse.id()))
                .thenMany(db.sql("SELECT status, actor_id FROM booking_events WHERE booking_id = :id ORDER BY id")
                        .bind("id", booking)
                        .map(row -> row.get("status", String.class) + " " + row.get("actor_id", UUID.class))
                        .all())
                .as(StepVerifier::create)
                .expectNext("PENDING " + patient.id()).as("the creation's PENDING event, by the patient")
                .expectNext("ACCEPTED " + nurse.id())
                .as("exactly one ACCEPTED event, by the claimer, even after a repeated claim")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void claimWhenProviderOfAnotherTypeThenRefusedAndStillPending() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        UUID doctor = api().provider(ServiceType.DOCTOR_CONSULTATION).id();

        jobs.claim(booking, doctor).as(StepVerifier::create)
                .expectNext(new Claim.Refused(BookingStatus.PENDING, false, false, true, Verification.VERIFIED, true, true, 1))
                .as("the refusal names the other type; the booking is still PENDING")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void claimWhenUnknownBookingThenRefusedWithoutStatus() {
        jobs.claim(UUID.randomUUID(), nurse.id()).as(StepVerifier::create)
                .expectNext(new Claim.Refused(null, false, false, false, Verification.VERIFIED, true, true, 1))
                .as("a refusal without a status for a booking that does not exist")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void claimByAnUnverifiedProviderThenRefusedNamingTheirStatusAndNothingChanged() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        UUID unverified = api().unverifiedProvider(ServiceType.NURSE_VISIT).id();

        jobs.claim(booking, unverified).as(StepVerifier::create)
                .expectNext(new Claim.Refused(BookingStatus.PENDING, false, false, true, Verification.UNVERIFIED, false, false, 0))
                .as("an unverified provider's claim of a PENDING booking of their type")
                .expectComplete().verify(TIMEOUT);
        jobs.claim(UUID.randomUUID(), unverified).as(StepVerifier::create)
                .expectNext(new Claim.Refused(null, false, false, false, Verification.UNVERIFIED, false, false, 0))
                .as("an unverified provider's claim of no booking")
                .expectComplete().verify(TIMEOUT);
        db.sql("SELECT status FROM bookings WHERE id = :id").bind("id", booking)
                .map(row -> row.get("status", String.class)).one().as(StepVerifier::create)
                .expectNext("PENDING").as("the booking after the refused claim").expectComplete().verify(TIMEOUT);
    }

    @Test
    void stepWhenNotTheClaimerThenEmptyAndStillAccepted() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);
        UUID otherNurse = api().provider(ServiceType.NURSE_VISIT).id();

        visits.step(Transition.SET_OFF, booking, otherNurse, null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("only the claimer takes the visit's next step")
                .expectComplete().verify(TIMEOUT);
        visits.statusOfClaimed(booking, otherNurse).hasElement().as(StepVerifier::create)
                .expectNext(false).as("another provider's job is not theirs to explain")
                .expectComplete().verify(TIMEOUT);
        visits.statusOfClaimed(booking, nurse.id()).as(StepVerifier::create)
                .expectNext(BookingStatus.ACCEPTED).as("the booking is still ACCEPTED")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void stepsWhenClaimerThenEachOnceInOrder() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);

        visits.step(Transition.COMPLETE, booking, nurse.id(), null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("an ACCEPTED visit is not completed before it began")
                .expectComplete().verify(TIMEOUT);
        visits.step(Transition.SET_OFF, booking, nurse.id(), 25).as(StepVerifier::create)
                .assertNext(view -> {
                    assertThat(view.status()).as("the claimer sets off").isEqualTo(BookingStatus.EN_ROUTE);
                    assertThat(view.expectedArrival()).as("25 minutes from the change")
                            .isBetween(view.updatedAt().plusSeconds(25 * 60 - 1), view.updatedAt().plusSeconds(25 * 60 + 1));
                })
                .expectComplete().verify(TIMEOUT);
        visits.step(Transition.SET_OFF, booking, nurse.id(), 25).hasElement().as(StepVerifier::create)
                .expectNext(false).as("a step taken once is not taken again")
                .expectComplete().verify(TIMEOUT);
        visits.step(Transition.ARRIVE, booking, nurse.id(), null).map(BookingView::status).as(StepVerifier::create)
                .expectNext(BookingStatus.IN_PROGRESS).as("the claimer arrives")
                .expectComplete().verify(TIMEOUT);
        visits.step(Transition.COMPLETE, booking, nurse.id(), null).map(BookingView::status).as(StepVerifier::create)
                .expectNext(BookingStatus.COMPLETED).as("the claimer completes the visit")
                .expectComplete().verify(TIMEOUT);
        visits.step(Transition.COMPLETE, booking, nurse.id(), null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("a COMPLETED visit cannot be completed again")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void stepWhenPendingThenEmpty() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        visits.step(Transition.SET_OFF, booking, nurse.id(), null).hasElement().as(StepVerifier::create)
                .expectNext(false).as("an unclaimed job has no next step")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void findAvailableThenPendingOfProvidersTypeOldestFirst() {
        UUID first = api().book(patient, ServiceType.NURSE_VISIT);
        api().book(patient, ServiceType.DOCTOR_CONSULTATION);
        UUID claimed = api().book(patient, ServiceType.NURSE_VISIT);
        UUID second = api().book(patient, ServiceType.NURSE_VISIT);
        UUID cancelled = api().book(patient, ServiceType.NURSE_VISIT);
        UUID third = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), claimed);
        api().post("/api/bookings/" + cancelled + "/cancel", patient, null).expectStatus().isOk();

        jobs.findAvailable(nurse.id(), new PageRequest(0, 10)).map(BookingView::id).as(StepVerifier::create)
                .expectNext(first, second, third).as("PENDING nurse visits only, oldest first")
                .expectComplete().verify(TIMEOUT);
        jobs.findAvailable(nurse.id(), new PageRequest(1, 2)).map(BookingView::id).as(StepVerifier::create)
                .expectNext(third).as("the second page of two holds the third oldest")
                .expectComplete().verify(TIMEOUT);
        jobs.countAvailable(nurse.id()).as(StepVerifier::create)
                .expectNext(3L).as("the count matches the listing, not the page")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void findClaimedThenOnlyThisProvidersJobsOfThatStatus() {
        UUID accepted = api().book(patient, ServiceType.NURSE_VISIT);
        UUID completed = api().book(patient, ServiceType.NURSE_VISIT);
        UUID someoneElses = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurse, completed);
        api().complete(nurse, completed);
        api().claim(nurse, accepted);
        api().claim(api().provider(ServiceType.NURSE_VISIT), someoneElses);

        jobs.findClaimed(nurse.id(), EnumSet.of(BookingStatus.ACCEPTED), new PageRequest(0, 10)).as(StepVerifier::create)
                .assertNext(view -> {
                    assertThat(view.id()).as("the one ACCEPTED job of this provider").isEqualTo(accepted);
                    assertThat(view.provider()).as("a claimed job names its provider").isNotNull();
                })
                .expectComplete().verify(TIMEOUT);
        jobs.findClaimed(nurse.id(), EnumSet.of(BookingStatus.COMPLETED), new PageRequest(0, 10)).map(BookingView::id)
                .as(StepVerifier::create)
                .expectNext(completed).as("the one COMPLETED job of this provider")
                .expectComplete().verify(TIMEOUT);
        jobs.countClaimed(nurse.id(), EnumSet.of(BookingStatus.ACCEPTED)).as(StepVerifier::create)
                .expectNext(1L).as("someone else's claim is not counted")
                .expectComplete().verify(TIMEOUT);
    }
}
