package com.medondoor.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingProblems;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The rating rules as the service applies them, straight against PostgreSQL. */
class RatingServiceIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Autowired
    private RatingService ratings;

    private Api.Account patient;
    private Api.Account provider;

    @BeforeEach
    void patientAndProvider() {
        patient = api().patient();
        provider = api().provider(ServiceType.NURSE_VISIT);
    }

    @Test
    void rateWhenCompletedThenRatingOfTheBookingsProvider() {
        UUID booking = completedBooking();

        ratings.rate(booking, patient.id(), new RateRequest(5, "Gentle and on time")).as(StepVerifier::create)
                .assertNext(rating -> {
                    assertThat(rating.bookingId()).as("the rating is of the booking").isEqualTo(booking);
                    assertThat(rating.providerId()).as("the rating is of the booking's provider").isEqualTo(provider.id());
                    assertThat(rating.stars()).as("the stars are kept").isEqualTo(5);
                    assertThat(rating.review()).as("the review is kept").isEqualTo("Gentle and on time");
                })
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void rateWhenAlreadyRatedThenAlreadyRated() {
        UUID booking = completedBooking();
        ratings.rate(booking, patient.id(), new RateRequest(4, null)).then()
                .as(StepVerifier::create).expectComplete().verify(TIMEOUT);

        ratings.rate(booking, patient.id(), new RateRequest(1, "Changed my mind")).as(StepVerifier::create)
                .expectError(RatingProblems.AlreadyRated.class).verify(TIMEOUT);
    }

    @Test
    void rateTwiceAtOnceThenOneRatingAndOneAlreadyRated() {
        UUID booking = completedBooking();

        Flux.merge(outcome(booking, 5), outcome(booking, 1)).sort().collectList().as(StepVerifier::create)
                .expectNext(List.of("AlreadyRated", "rated"))
                .as("the unique constraint lets exactly one of two simultaneous ratings in")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void rateWhenPendingThenWrongStatusNamingPending() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        ratings.rate(booking, patient.id(), new RateRequest(5, null)).as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertWrongStatus(error, "PENDING")).verify(TIMEOUT);
    }

    @Test
    void rateWhenAcceptedThenWrongStatusNamingAccepted() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(provider, booking);

        ratings.rate(booking, patient.id(), new RateRequest(5, null)).as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertWrongStatus(error, "ACCEPTED")).verify(TIMEOUT);
    }

    @Test
    void rateWhenAnotherPatientsBookingThenBookingNotFound() {
        UUID booking = completedBooking();

        ratings.rate(booking, api().patient().id(), new RateRequest(5, null)).as(StepVerifier::create)
                .expectError(BookingProblems.BookingNotFound.class).verify(TIMEOUT);
    }

    @Test
    void rateWhenUnknownBookingThenBookingNotFound() {
        ratings.rate(UUID.randomUUID(), patient.id(), new RateRequest(5, null)).as(StepVerifier::create)
                .expectError(BookingProblems.BookingNotFound.class).verify(TIMEOUT);
    }

    @Test
    void summaryOfWhenUnknownIdThenEmpty() {
        ratings.summaryOf(UUID.randomUUID()).hasElement().as(StepVerifier::create)
                .expectNext(false).as("no summary for an id that is no one's")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void summaryOfWhenPatientThenEmpty() {
        ratings.summaryOf(patient.id()).hasElement().as(StepVerifier::create)
                .expectNext(false).as("a patient has no provider summary")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void summaryOfWhenUnratedProviderThenNoAverageAndZero() {
        ratings.summaryOf(provider.id()).as(StepVerifier::create)
                .expectNext(new RatingSummary(null, 0)).as("an unrated provider has no average and no ratings")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void summaryOfWhenRatedThenAverageRoundedToTwoDecimals() {
        List<UUID> bookings = List.of(completedBooking(), completedBooking(), completedBooking());

        Flux.just(5, 4, 4).zipWithIterable(bookings)
                .concatMap(it -> ratings.rate(it.getT2(), patient.id(), new RateRequest(it.getT1(), null)))
                .then(ratings.summaryOf(provider.id()))
                .as(StepVerifier::create)
                .expectNext(new RatingSummary(4.33, 3)).as("the average of 5, 4 and 4 over three ratings")
                .expectComplete().verify(TIMEOUT);
    }

    @Test
    void ofProviderWhenUnknownThenProviderNotFound() {
        ratings.ofProvider(UUID.randomUUID(), new PageRequest(0, 10)).as(StepVerifier::create)
                .expectError(RatingProblems.ProviderNotFound.class).verify(TIMEOUT);
    }

    @Test
    void ofProviderThenSummaryAndNewestFirst() {
        UUID older = completedBooking();
        UUID newer = completedBooking();
        ratings.rate(older, patient.id(), new RateRequest(2, "Late"))
                .then(ratings.rate(newer, patient.id(), new RateRequest(4, "Better")))
                .then(ratings.ofProvider(provider.id(), new PageRequest(0, 10)))
                .map(page -> Map.of("average", page.average(), "count", page.count(),
                        "reviews", page.items().stream().map(PublicRating::review).toList()))
                .as(StepVerifier::create)
                .expectNext(Map.of("average", 3.0, "count", 2L, "reviews", List.of("Better", "Late")))
                .as("the summary covers both ratings and the newest is listed first")
                .expectComplete().verify(TIMEOUT);
    }

    /** "rated", or the simple name of the error the attempt ended with. */
    private Mono<String> outcome(UUID booking, int stars) {
        return ratings.rate(booking, patient.id(), new RateRequest(stars, null))
                .map(rating -> "rated")
                .onErrorResume(error -> Mono.just(error.getClass().getSimpleName()));
    }

    private UUID completedBooking() {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(provider, booking);
        api().complete(provider, booking);
        return booking;
    }

    private static void assertWrongStatus(Throwable error, String currentStatus) {
        assertThat(error).as("rating a booking that is not COMPLETED is a status conflict")
                .isInstanceOf(BookingProblems.WrongStatus.class);
        BookingProblems.WrongStatus wrong = (BookingProblems.WrongStatus) error;
        assertThat(wrong.getBody().getProperties().get("currentStatus")).as("the conflict names the booking's current status")
                .isEqualTo(currentStatus);
    }
}
