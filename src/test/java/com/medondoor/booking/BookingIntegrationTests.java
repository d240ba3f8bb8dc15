package com.medondoor.booking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.json;
import static com.medondoor.ProblemAssertions.problemWithoutRequestId;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating, listing and reading bookings as their patient. Cancelling is in {@link BookingCancelIntegrationTests}. */
class BookingIntegrationTests extends IntegrationTest {

    @Test
    void createThenPendingBookingOfThePatient() {
        Api.Account patient = api().patient();
        Instant scheduledFor = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = bookingRequest();
        request.put("scheduledFor", scheduledFor.toString());

        var response = api().post("/api/bookings", patient, request).expectStatus().isCreated();
        Map<String, Object> booking = json(response);

        assertThat(booking).as("created booking")
                .containsEntry("serviceType", "NURSE_VISIT")
                .containsEntry("status", "PENDING")
                .containsEntry("address", "12 Rose Street, Springfield")
                .containsEntry("notes", "Ring twice")
                .containsEntry("patient", Map.of("id", patient.id().toString(), "name", patient.name()))
                .containsEntry("provider", null)
                .containsEntry("rating", null)
                .containsKeys("id", "createdAt", "updatedAt");
        assertThat(Instant.parse((String) booking.get("scheduledFor"))).as("scheduledFor").isEqualTo(scheduledFor);
        response.expectHeader().valueMatches("Location", ".*/api/bookings/" + booking.get("id"));
    }

    @Test
    void createWithoutScheduleOrNotesThenCreatedWithNulls() {
        Map<String, Object> request = Map.of("serviceType", "MEDICINE_DELIVERY", "address", "1 Elm Row");

        Map<String, Object> booking = json(api().post("/api/bookings", api().patient(), request)
                .expectStatus().isCreated());

        assertThat(booking).as("booking without optional fields")
                .containsEntry("scheduledFor", null)
                .containsEntry("notes", null);
    }

    @Test
    void createWhenScheduledInThePastThenBadRequest() {
        Map<String, Object> request = bookingRequest();
        request.put("scheduledFor", Instant.now().minus(1, ChronoUnit.HOURS).toString());

        expectInvalid(api().post("/api/bookings", api().patient(), request), "scheduledFor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void createWhenAddressBlankThenBadRequest(String address) {
        Map<String, Object> request = bookingRequest();
        request.put("address", address);

        expectInvalid(api().post("/api/bookings", api().patient(), request), "address");
    }

    @Test
    void createWhenAddressMissingThenBadRequest() {
        Map<String, Object> request = bookingRequest();
        request.remove("address");

        expectInvalid(api().post("/api/bookings", api().patient(), request), "address");
    }

    @Test
    void createWhenAddressOver500CharactersThenBadRequest() {
        Map<String, Object> request = bookingRequest();
        request.put("address", "a".repeat(501));

        expectInvalid(api().post("/api/bookings", api().patient(), request), "address");
    }

    @Test
    void createWhenNotesOver2000CharactersThenBadRequest() {
        Map<String, Object> request = bookingRequest();
        request.put("notes", "n".repeat(2001));

        expectInvalid(api().post("/api/bookings", api().patient(), request), "notes");
    }

    @Test
    void createWithLongestAllowedAddressAndNotesThenCreated() {
        Map<String, Object> request = bookingRequest();
        request.put("address", "a".repeat(500));
        request.put("notes", "n".repeat(2000));

        api().post("/api/bookings", api().patient(), request).expectStatus().isCreated();
    }

    @Test
    void listThenOnlyOwnBookingsNewestFirstAcrossPages() {
        Api.Account patient = api().patient();
        UUID first = api().book(patient, ServiceType.NURSE_VISIT);
        UUID second = api().book(patient, ServiceType.DOCTOR_CONSULTATION);
        UUID third = api().book(patient, ServiceType.MEDICINE_DELIVERY);
        api().book(api().patient(), ServiceType.NURSE_VISIT);

        Map<String, Object> page0 = json(api().get("/api/bookings?page=0&size=2", patient).expectStatus().isOk());
        Map<String, Object> page1 = json(api().get("/api/bookings?page=1&size=2", patient).expectStatus().isOk());

        assertThat(ids(page0)).as("first page: the two newest of the patient's bookings").containsExactly(third, second);
        assertThat(page0).as("first page fields").containsEntry("page", 0).containsEntry("size", 2)
                .containsEntry("total", 3);
        assertThat(ids(page1)).as("second page: the oldest").containsExactly(first);
        assertThat(page1).as("second page fields").containsEntry("page", 1).containsEntry("size", 2)
                .containsEntry("total", 3);
    }

    @Test
    void listWithoutBookingsThenEmptyPageWithDefaults() {
        Map<String, Object> page = json(api().get("/api/bookings", api().patient()).expectStatus().isOk());

        assertThat(page).as("empty default page").containsEntry("items", List.of()).containsEntry("page", 0)
                .containsEntry("size", 20).containsEntry("total", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=101", "size=x"})
    void listWhenSizeOutOfRangeThenBadRequest(String query) {
        expectInvalid(api().get("/api/bookings?" + query, api().patient()), "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=abc"})
    void listWhenPageInvalidThenBadRequest(String query) {
        expectInvalid(api().get("/api/bookings?" + query, api().patient()), "page");
    }

    @Test
    void getOwnBookingThenOk() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        api().get("/api/bookings/" + booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(booking.toString())
                .jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.patient.id").isEqualTo(patient.id().toString());
    }

    @Test
    void getSomeoneElsesBookingThenNotFoundLikeAnUnknownId() {
        UUID othersBooking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        Api.Account patient = api().patient();

        Map<String, Object> others = problemWithoutRequestId(
                api().get("/api/bookings/" + othersBooking, patient), HttpStatus.NOT_FOUND);
        Map<String, Object> unknown = problemWithoutRequestId(
                api().get("/api/bookings/" + UUID.randomUUID(), patient), HttpStatus.NOT_FOUND);

        others.remove("instance");
        unknown.remove("instance");
        assertThat(others).as("404 for someone else's booking must not differ from 404 for an unknown id")
                .isEqualTo(unknown);
    }

    @Test
    void getWithMalformedIdThenBadRequest() {
        expectInvalid(api().get("/api/bookings/not-a-uuid", api().patient()), "id");
    }

    private static Map<String, Object> bookingRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("serviceType", "NURSE_VISIT");
        request.put("address", "12 Rose Street, Springfield");
        request.put("notes", "Ring twice");
        return request;
    }

    private static List<UUID> ids(Map<String, Object> page) {
        return ((List<?>) page.get("items")).stream()
                .map(item -> UUID.fromString((String) ((Map<?, ?>) item).get("id")))
                .toList();
    }
}
