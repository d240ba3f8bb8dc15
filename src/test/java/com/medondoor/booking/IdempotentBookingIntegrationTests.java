package com.medondoor.booking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/bookings with an Idempotency-Key: a retry after a lost answer books nothing twice. */
class IdempotentBookingIntegrationTests extends IntegrationTest {

    private static final Map<String, Object> VISIT = Api.booking(ServiceType.NURSE_VISIT);

    @LocalServerPort
    private int port;

    @Autowired
    private DatabaseClient db;

    @Test
    void createTwiceWithOneKeyThenSameBookingAndOnlyOneCreated() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();

        var first = create(patient, key, VISIT).expectStatus().isCreated();
        first.expectHeader().doesNotExist(BookingHandler.REPLAYED);
        Map<String, Object> created = json(first);
        var retry = create(patient, key, VISIT).expectStatus().isCreated()
                .expectHeader().valueEquals(BookingHandler.REPLAYED, "true")
                .expectHeader().valueMatches("Location", ".*/api/bookings/" + created.get("id"));

        assertThat(json(retry)).as("body of the retried request").isEqualTo(created);
        assertThat(bookingsOf(patient)).as("bookings of the patient after a retry").isEqualTo(1);
    }

    @Test
    void retryWithSameRequestDifferentlyWrittenThenReplayed() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();
        create(patient, key, VISIT).expectStatus().isCreated();

        // Reordered and respaced, the phone in international format: the same request.
        String reordered = """
                { "notes": "Door code 4521, ring twice", "phone": "+49 30 123 4567", "need": "Blood pressure check ",
                  "address": {"country": "DE", "district": "Mitte", "city": "Berlin", "postcode": "10115",
                              "flat": "2nd floor", "street": " 12 Rose Street"},
                  "serviceType": "NURSE_VISIT" }
                """;
        http.post().uri("/api/bookings").headers(h -> h.setBearerAuth(patient.token()))
                .header(BookingHandler.IDEMPOTENCY_KEY, key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(reordered).exchange()
                .expectStatus().isCreated().expectHeader().valueEquals(BookingHandler.REPLAYED, "true");
        assertThat(bookingsOf(patient)).as("bookings after a retry with reordered JSON").isEqualTo(1);
    }

    @Test
    void sameKeyWithDifferentRequestThenUnprocessableAndNothingCreated() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();
        create(patient, key, VISIT).expectStatus().isCreated();

        expectProblem(create(patient, key, Api.booking(ServiceType.DOCTOR_CONSULTATION)),
                HttpStatus.UNPROCESSABLE_CONTENT)
                .jsonPath("$.type").isEqualTo("https://medondoor.app/problems/idempotency-key-reused");
        assertThat(bookingsOf(patient)).as("bookings after reusing a key for another request").isEqualTo(1);
    }

    @Test
    void sameKeyByTwoPatientsThenEachGetsTheirOwnBooking() {
        Api.Account ada = api().patient();
        Api.Account bob = api().patient();
        String key = "shared-" + UUID.randomUUID();

        Map<String, Object> adas = json(create(ada, key, VISIT).expectStatus().isCreated());
        Map<String, Object> bobs = json(create(bob, key, VISIT).expectStatus().isCreated()
                .expectHeader().doesNotExist(BookingHandler.REPLAYED));

        assertThat(bobs.get("id")).as("booking id of the second patient using the same key").isNotEqualTo(adas.get("id"));
        assertThat(bookingsOf(bob)).as("bookings of the second patient").isEqualTo(1);
    }

    @Test
    void retryAfterBookingWasClaimedThenBookingAsItIsNow() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        String key = UUID.randomUUID().toString();
        String id = (String) json(create(patient, key, VISIT).expectStatus().isCreated()).get("id");
        api().claim(nurse, UUID.fromString(id));

        Map<String, Object> retried = json(create(patient, key, VISIT).expectStatus().isCreated());

        assertThat(retried).as("retried booking").containsEntry("id", id).containsEntry("status", "ACCEPTED");
        assertThat(bookingsOf(patient)).as("bookings after a late retry").isEqualTo(1);
    }

    @Test
    void refusedRequestDoesNotUseUpItsKey() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();

        Map<String, Object> refused = Api.booking(ServiceType.NURSE_VISIT);
        refused.put("phone", "12");
        expectInvalid(create(patient, key, refused), "phone");

        create(patient, key, VISIT).expectStatus().isCreated().expectHeader().doesNotExist(BookingHandler.REPLAYED);
    }

    @Test
    void malformedKeyThenBadRequestAndNothingCreated() {
        Api.Account patient = api().patient();

        expectInvalid(create(patient, "x".repeat(256), VISIT), BookingHandler.IDEMPOTENCY_KEY);
        expectInvalid(create(patient, "two words", VISIT), BookingHandler.IDEMPOTENCY_KEY);
        expectInvalid(create(patient, "", VISIT), BookingHandler.IDEMPOTENCY_KEY);

        assertThat(bookingsOf(patient)).as("bookings after malformed keys").isZero();
    }

    @Test
    void twentyConcurrentRetriesWithOneKeyThenOneBooking() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();

        List<Answer> answers = Answer.allAtOnce(port, 20, i -> new Answer.Call(patient.token(), key, VISIT));

        assertThat(answers).as("answers to 20 simultaneous requests with one key")
                .allSatisfy(answer -> assertThat(answer.status()).as("status of " + answer).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.body().get("id")).distinct()).as("booking ids answered").hasSize(1);
        assertThat(answers.stream().filter(a -> !a.replayed())).as("answers that created the booking").hasSize(1);
        assertThat(bookingsOf(patient)).as("bookings after 20 simultaneous requests with one key").isEqualTo(1);
    }

    @Test
    void concurrentDifferentRequestsWithOneKeyThenOneCreatedAndTheOthersRefused() {
        Api.Account patient = api().patient();
        String key = UUID.randomUUID().toString();

        List<Answer> answers = Answer.allAtOnce(port, 10, i -> {
            Map<String, Object> visit = Api.booking(ServiceType.NURSE_VISIT);
            visit.put("need", "Visit number " + i);
            return new Answer.Call(patient.token(), key, visit);
        });

        assertThat(answers.stream().map(Answer::status).sorted().toList())
                .as("statuses of 10 different requests racing with one key")
                .isEqualTo(List.of(201, 422, 422, 422, 422, 422, 422, 422, 422, 422));
        assertThat(bookingsOf(patient)).as("bookings after 10 different requests with one key").isEqualTo(1);
    }

    private WebTestClient.ResponseSpec create(Api.Account patient, String key, Map<String, Object> body) {
        return http.post().uri("/api/bookings")
                .headers(h -> h.setBearerAuth(patient.token()))
                .header(BookingHandler.IDEMPOTENCY_KEY, key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private long bookingsOf(Api.Account patient) {
        return db.sql("SELECT count(*) AS n FROM bookings WHERE patient_id = :patient")
                .bind("patient", patient.id())
                .map(row -> row.get("n", Long.class))
                .one().block(Duration.ofSeconds(5));
    }
}
