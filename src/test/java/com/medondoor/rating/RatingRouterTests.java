package com.medondoor.rating;

import static com.medondoor.Callers.patient;
import static com.medondoor.Callers.provider;
import static com.medondoor.ProblemAssertions.answer;
import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.RouterSliceTest;
import com.medondoor.booking.BookingProblems;
import com.medondoor.booking.BookingStatus;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The rating routes over the service's own web stack with {@link RatingService} mocked: rating a visit,
 * a provider's ratings page, and every way a request to them is refused.
 */
@RouterSliceTest
@Import({RatingRouter.class, RatingHandler.class})
class RatingRouterTests {

    private static final UUID PATIENT = UUID.fromString("a7e1c6de-0000-4000-8000-000000000001");
    private static final UUID BOOKING = UUID.fromString("b0000000-0000-4000-8000-000000000002");
    private static final UUID NURSE = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    private static final UUID RATING = UUID.fromString("d0000000-0000-4000-8000-000000000004");
    private static final Instant RATED = Instant.parse("2030-03-03T12:00:00Z");

    /** The value of a field that is left out of the body. */
    private static final Object ABSENT = new Object();

    @Autowired
    private WebTestClient http;

    @MockitoBean
    private RatingService ratings;

    @Test
    void rateThenCreatedWithTheServicesRating() {
        when(ratings.rate(BOOKING, PATIENT, new RateRequest(5, "Kind and on time")))
                .thenReturn(Mono.just(new RatingView(RATING, BOOKING, NURSE, 5, "Kind and on time", RATED)));

        assertThat(answer(rate(Map.of("stars", 5, "review", "Kind and on time")))).hasStatus(HttpStatus.CREATED)
                .bodyJson().isStrictlyEqualTo("""
                        {"id": "d0000000-0000-4000-8000-000000000004",
                         "bookingId": "b0000000-0000-4000-8000-000000000002",
                         "providerId": "c0000000-0000-4000-8000-000000000003",
                         "stars": 5, "review": "Kind and on time", "createdAt": "2030-03-03T12:00:00Z"}
                        """);
    }

    @Test
    void rateWithoutReviewOrWithTheLongestOverSeveralLinesThenCreated() {
        when(ratings.rate(eq(BOOKING), eq(PATIENT), any()))
                .thenReturn(Mono.just(new RatingView(RATING, BOOKING, NURSE, 1, null, RATED)));
        String longest = "Late,\r\n\tbut kind" + "r".repeat(984);

        assertThat(answer(rate(Map.of("stars", 1)))).hasStatus(HttpStatus.CREATED);
        assertThat(answer(rate(Map.of("stars", 1, "review", longest)))).hasStatus(HttpStatus.CREATED);
        verify(ratings).rate(BOOKING, PATIENT, new RateRequest(1, null));
        verify(ratings).rate(BOOKING, PATIENT, new RateRequest(1, longest));
    }

    static Stream<Arguments> invalidRatings() {
        return Stream.of(
                invalid("stars absent", "stars", ABSENT),
                invalid("stars null", "stars", null),
                invalid("stars 0", "stars", 0),
                invalid("stars 6", "stars", 6),
                invalid("stars 4.5", "stars", 4.5),
                invalid("stars 5.0", "stars", 5.0),
                invalid("stars \"5\"", "stars", "5"),
                invalid("stars true", "stars", true),
                invalid("stars beyond an int", "stars", 99_999_999_999L),
                invalid("review of 1001 characters", "review", "r".repeat(1001)),
                invalid("review a number", "review", 123),
                invalid("review with a NUL", "review", "Kind\u0000"));
    }

    private static Arguments invalid(String name, String field, Object value) {
        return Arguments.of(Named.of(name, field), value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRatings")
    void rateWhenAFieldIsInvalidThenBadRequestNamingIt(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("stars", 4, "review", "Fine"));
        if (value == ABSENT) {
            body.remove(field);
        }
        else {
            body.put(field, value);
        }

        assertInvalid(rate(body), field);
        verifyNoInteractions(ratings);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"{\"stars\": ", "[5]", "5", "null"})
    void rateWhenBodyIsNotOneJsonObjectThenBadRequestNamingNoField(String body) {
        assertInvalid(asPatient().post().uri("/api/bookings/{id}/rating", BOOKING)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange());
        verifyNoInteractions(ratings);
    }

    @Test
    void rateWhenAlreadyRatedThenConflict() {
        when(ratings.rate(eq(BOOKING), eq(PATIENT), any())).thenReturn(Mono.error(new RatingProblems.AlreadyRated()));

        Map<String, Object> problem = assertProblem(rate(Map.of("stars", 5)), HttpStatus.CONFLICT, "already-rated");

        assertThat(problem).doesNotContainKey("currentStatus");
    }

    @Test
    void rateWhenNotCompletedThenConflictNamingTheStatus() {
        when(ratings.rate(eq(BOOKING), eq(PATIENT), any())).thenReturn(Mono.error(new BookingProblems.WrongStatus(
                BookingStatus.ACCEPTED, "Only a COMPLETED booking can be rated; this one is ACCEPTED.")));

        Map<String, Object> problem = assertProblem(rate(Map.of("stars", 5)), HttpStatus.CONFLICT,
                "booking-status-conflict");

        assertThat(problem).containsEntry("currentStatus", "ACCEPTED");
    }

    @Test
    void rateWhenNotTheCallersBookingThenNotFound() {
        when(ratings.rate(eq(BOOKING), eq(PATIENT), any())).thenReturn(Mono.error(new BookingProblems.BookingNotFound()));

        assertProblem(rate(Map.of("stars", 5)), HttpStatus.NOT_FOUND, "booking-not-found");
    }

    @Test
    void rateWithMalformedIdThenBadRequestNamingTheId() {
        assertInvalid(asPatient().post().uri("/api/bookings/{id}/rating", "42")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("stars", 5)).exchange(), "id");
        verifyNoInteractions(ratings);
    }

    @Test
    void rateWithoutTokenThenUnauthorized() {
        assertProblem(http.post().uri("/api/bookings/{id}/rating", BOOKING)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("stars", 5)).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        verifyNoInteractions(ratings);
    }

    @Test
    void rateByProviderThenForbidden() {
        assertProblem(http.mutateWith(provider(NURSE)).post().uri("/api/bookings/{id}/rating", BOOKING)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("stars", 5)).exchange(),
                HttpStatus.FORBIDDEN, "forbidden");
        verifyNoInteractions(ratings);
    }

    @Test
    void ratingsOfProviderThenSummaryAndTheServicesPage() {
        when(ratings.ofProvider(NURSE, new PageRequest(0, 20))).thenReturn(Mono.just(new ProviderRatings(4.5, 2,
                List.of(new PublicRating(RATING, 5, "Excellent", RATED)), 0, 20, 2)));

        assertThat(answer(asPatient().get().uri("/api/providers/{id}/ratings", NURSE).exchange())).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"average": 4.5, "count": 2,
                         "items": [{"id": "d0000000-0000-4000-8000-000000000004", "stars": 5, "review": "Excellent",
                                    "createdAt": "2030-03-03T12:00:00Z"}],
                         "page": 0, "size": 20, "total": 2}
                        """);
    }

    @Test
    void ratingsOfUnratedProviderThenNullAverage() {
        when(ratings.ofProvider(NURSE, new PageRequest(1, 5)))
                .thenReturn(Mono.just(new ProviderRatings(null, 0, List.of(), 1, 5, 0)));

        assertThat(answer(asPatient().get().uri("/api/providers/{id}/ratings?page=1&size=5", NURSE).exchange()))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo(
                        "{\"average\": null, \"count\": 0, \"items\": [], \"page\": 1, \"size\": 5, \"total\": 0}");
    }

    @Test
    void ratingsOfProviderByAProviderThenOk() {
        when(ratings.ofProvider(NURSE, new PageRequest(0, 20)))
                .thenReturn(Mono.just(new ProviderRatings(null, 0, List.of(), 0, 20, 0)));

        assertThat(answer(http.mutateWith(provider(NURSE)).get().uri("/api/providers/{id}/ratings", NURSE).exchange()))
                .hasStatusOk();
    }

    @Test
    void ratingsWhenNoSuchProviderThenNotFound() {
        when(ratings.ofProvider(NURSE, new PageRequest(0, 20))).thenReturn(Mono.error(new RatingProblems.ProviderNotFound()));

        assertProblem(asPatient().get().uri("/api/providers/{id}/ratings", NURSE).exchange(), HttpStatus.NOT_FOUND,
                "provider-not-found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nobody/ratings", "42/ratings", "c0000000-0000-4000-8000-0000000000030/ratings"})
    void ratingsWithMalformedIdThenBadRequestNamingTheId(String path) {
        assertInvalid(asPatient().get().uri("/api/providers/" + path).exchange(), "id");
        verifyNoInteractions(ratings);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"size=0", "size=101", "size=many", "page=-1", "page=first"})
    void ratingsWhenPagingInvalidThenBadRequestNamingTheParameter(String query) {
        assertInvalid(asPatient().get().uri("/api/providers/{id}/ratings?" + query, NURSE).exchange(),
                query.substring(0, query.indexOf('=')));
        verifyNoInteractions(ratings);
    }

    @Test
    void ratingsWithoutTokenThenUnauthorized() {
        assertProblem(http.get().uri("/api/providers/{id}/ratings", NURSE).exchange(), HttpStatus.UNAUTHORIZED,
                "unauthorized");
        verifyNoInteractions(ratings);
    }

    private WebTestClient asPatient() {
        return http.mutateWith(patient(PATIENT));
    }

    private WebTestClient.ResponseSpec rate(Map<String, Object> body) {
        return asPatient().post().uri("/api/bookings/{id}/rating", BOOKING)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
