package com.medondoor.rating;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.expectStatusConflict;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A patient rates a completed visit once. Providers' rating pages are in {@link ProviderRatingsIntegrationTests}. */
class RatingIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Test
    void rateCompletedBookingThenCreated() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = completedBooking(patient, nurse);

        Map<String, Object> rating = json(rate(booking, patient, Map.of("stars", 5, "review", "Kind and on time"))
                .expectStatus().isCreated());

        assertThat(rating).as("created rating")
                .containsEntry("stars", 5)
                .containsEntry("review", "Kind and on time")
                .containsEntry("bookingId", booking.toString())
                .containsEntry("providerId", nurse.id().toString())
                .containsKeys("id", "createdAt");
    }

    @Test
    void rateWithLongestReviewAndNoReviewThenCreated() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);

        rate(completedBooking(patient, nurse), patient, Map.of("stars", 1, "review", "r".repeat(1000)))
                .expectStatus().isCreated();
        rate(completedBooking(patient, nurse), patient, Map.of("stars", 3))
                .expectStatus().isCreated().expectBody().jsonPath("$.review").isEmpty();
    }

    @Test
    void rateThenBookingShowsItsRating() {
        Api.Account patient = api().patient();
        UUID booking = completedBooking(patient, api().provider(ServiceType.NURSE_VISIT));
        rate(booking, patient, Map.of("stars", 4, "review", "Good")).expectStatus().isCreated();

        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.rating.stars").isEqualTo(4)
                .jsonPath("$.rating.review").isEqualTo("Good")
                .jsonPath("$.rating.createdAt").isNotEmpty();
    }

    @Test
    void rateThenTheVisitsStepsStayTheSame() {
        Api.Account patient = api().patient();
        UUID booking = completedBooking(patient, api().provider(ServiceType.NURSE_VISIT));
        String before = steps(booking, patient);

        rate(booking, patient, Map.of("stars", 5)).expectStatus().isCreated();

        assertThat(steps(booking, patient)).as("steps after the rating: a rating is no step of the visit").isEqualTo(before);
    }

    private String steps(UUID booking, Api.Account patient) {
        return api().get("/api/bookings/" + booking + "/steps", patient).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStars")
    void rateWhenStarsInvalidThenBadRequestNamingStars(String description, Map<String, Object> body) {
        Api.Account patient = api().patient();
        UUID booking = completedBooking(patient, api().provider(ServiceType.NURSE_VISIT));

        expectInvalid(rate(booking, patient, body), "stars");
        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.rating").isEmpty();
    }

    static Stream<Arguments> invalidStars() {
        Map<String, Object> nullStars = new HashMap<>();
        nullStars.put("stars", null);
        return Stream.of(
                Arguments.of("stars 0", Map.of("stars", 0)),
                Arguments.of("stars 6", Map.of("stars", 6)),
                Arguments.of("stars 4.5", Map.of("stars", 4.5)),
                Arguments.of("stars \"5\"", Map.of("stars", "5")),
                Arguments.of("stars null", nullStars),
                Arguments.of("stars missing", Map.of("review", "No stars given")));
    }

    @Test
    void rateWhenReviewOver1000CharactersThenBadRequest() {
        Api.Account patient = api().patient();
        UUID booking = completedBooking(patient, api().provider(ServiceType.NURSE_VISIT));

        expectInvalid(rate(booking, patient, Map.of("stars", 4, "review", "r".repeat(1001))), "review");
    }

    @Test
    void ratePendingBookingThenConflict() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        expectStatusConflict(rate(booking, patient, Map.of("stars", 5)), "PENDING");
    }

    @Test
    void rateAcceptedBookingThenConflict() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), booking);

        expectStatusConflict(rate(booking, patient, Map.of("stars", 5)), "ACCEPTED");
    }

    @Test
    void rateTwiceThenConflictAndFirstRatingKept() {
        Api.Account patient = api().patient();
        UUID booking = completedBooking(patient, api().provider(ServiceType.NURSE_VISIT));
        rate(booking, patient, Map.of("stars", 2)).expectStatus().isCreated();

        expectProblem(rate(booking, patient, Map.of("stars", 5)), HttpStatus.CONFLICT);
        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.rating.stars").isEqualTo(2);
    }

    @Test
    void rateAnotherPatientsBookingThenNotFound() {
        UUID booking = completedBooking(api().patient(), api().provider(ServiceType.NURSE_VISIT));

        expectProblem(rate(booking, api().patient(), Map.of("stars", 1)), HttpStatus.NOT_FOUND);
    }

    @Test
    void rateUnknownBookingThenNotFound() {
        expectProblem(rate(UUID.randomUUID(), api().patient(), Map.of("stars", 1)), HttpStatus.NOT_FOUND);
    }

    @Test
    void insertSecondRatingRowDirectlyThenDatabaseRefusesIt() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = completedBooking(patient, nurse);
        rate(booking, patient, Map.of("stars", 5)).expectStatus().isCreated();

        db.sql("""
                INSERT INTO ratings (booking_id, patient_id, provider_id, stars)
                VALUES (:booking, :patient, :provider, 1)
                """)
                .bind("booking", booking)
                .bind("patient", patient.id())
                .bind("provider", nurse.id())
                .then()
                .as(StepVerifier::create)
                .expectErrorSatisfies(error -> assertThat(error)
                        .as("a second rating row for the same booking")
                        .isInstanceOf(DuplicateKeyException.class)
                        .hasMessageContaining("ratings_booking_id_key"))
                .verify(Duration.ofSeconds(10));
    }

    /** A booking of the patient that the provider claimed and completed. */
    private UUID completedBooking(Api.Account patient, Api.Account provider) {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(provider, booking);
        api().complete(provider, booking);
        return booking;
    }

    private WebTestClient.ResponseSpec rate(UUID booking, Api.Account patient, Map<String, Object> body) {
        return api().post("/api/bookings/" + booking + "/rating", patient, body);
    }
}
