package com.medondoor.booking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.assertj.core.api.InstanceOfAssertFactories;
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
    void createThenPendingBookingOfThePatientWithItsAddressInPartsAndPhoneInE164() {
        Api.Account patient = api().patient();
        Instant scheduledFor = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.put("scheduledFor", scheduledFor.toString());

        var response = api().post("/api/bookings", patient, request).expectStatus().isCreated();
        Map<String, Object> booking = json(response);

        assertThat(booking).as("created booking")
                .containsEntry("serviceType", "NURSE_VISIT")
                .containsEntry("status", "PENDING")
                .containsEntry("area", Map.of("district", "Mitte", "city", "Berlin"))
                .containsEntry("need", "Blood pressure check")
                .containsEntry("address", address("2nd floor", "12 Rose Street, 2nd floor, 10115 Berlin, Mitte, DE"))
                .containsEntry("phone", "+49301234567")
                .containsEntry("notes", "Door code 4521, ring twice")
                .containsEntry("patient", Map.of("id", patient.id().toString(), "name", patient.name()))
                .containsEntry("provider", null)
                .containsEntry("rating", null)
                .containsKeys("id", "createdAt", "updatedAt");
        assertThat(Instant.parse((String) booking.get("scheduledFor"))).as("scheduledFor").isEqualTo(scheduledFor);
        response.expectHeader().valueMatches("Location", ".*/api/bookings/" + booking.get("id"));
    }

    @Test
    void createWithoutScheduleNotesOrFlatThenCreatedWithNulls() {
        Map<String, Object> request = Api.booking(ServiceType.MEDICINE_DELIVERY);
        request.remove("notes");
        address(request).put("flat", "  ");

        Map<String, Object> booking = json(api().post("/api/bookings", api().patient(), request)
                .expectStatus().isCreated());

        assertThat(booking).as("booking without optional fields, a blank flat taken as none")
                .containsEntry("scheduledFor", null)
                .containsEntry("notes", null)
                .containsEntry("address", address(null, "12 Rose Street, 10115 Berlin, Mitte, DE"));
    }

    @Test
    void createThenPartsStoredStrippedAndPhoneWrittenInternationallyStoredInE164() {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        address(request).put("street", "  12 Rose Street ");
        request.put("phone", "+49 (30) 123-4567");
        request.put("need", " Blood pressure check  ");

        Map<String, Object> booking = json(api().post("/api/bookings", api().patient(), request)
                .expectStatus().isCreated());

        assertThat(booking).as("the stored booking")
                .containsEntry("phone", "+49301234567")
                .containsEntry("need", "Blood pressure check")
                .extracting("address").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("street", "12 Rose Street");
    }

    @Test
    void createWhenScheduledInThePastThenBadRequest() {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.put("scheduledFor", Instant.now().minus(1, ChronoUnit.HOURS).toString());

        expectInvalid(api().post("/api/bookings", api().patient(), request), "scheduledFor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"street", "postcode", "city", "district", "country"})
    void createWhenAPartOfTheAddressIsMissingThenBadRequestNamingIt(String part) {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        address(request).remove(part);

        expectInvalid(api().post("/api/bookings", api().patient(), request), "address." + part);
    }

    @Test
    void createWhenAddressIsOneLineAsBeforeThenBadRequest() {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.put("address", "12 Rose Street, Springfield");

        expectInvalid(api().post("/api/bookings", api().patient(), request), "address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "de", "DEU", "276"})
    void createWhenCountryIsNoIsoCodeThenBadRequest(String country) {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        address(request).put("country", country);
        request.put("phone", "+49 30 1234567");

        expectInvalid(api().post("/api/bookings", api().patient(), request), "address.country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "not a number", "+49 30", "+999 1234567", "0000000000"})
    void createWhenPhoneIsNoValidNumberThenBadRequest(String phone) {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.put("phone", phone);

        expectInvalid(api().post("/api/bookings", api().patient(), request), "phone");
    }

    @Test
    void createWhenPhoneIsWrittenAsDialledInAnotherCountryThenBadRequest() {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        address(request).put("country", "US");
        request.put("phone", "030 1234567");

        expectInvalid(api().post("/api/bookings", api().patient(), request), "phone");
    }

    @Test
    void createWhenNeedMissingOrOver200CharactersThenBadRequest() {
        Map<String, Object> missing = Api.booking(ServiceType.NURSE_VISIT);
        missing.remove("need");
        Map<String, Object> tooLong = Api.booking(ServiceType.NURSE_VISIT);
        tooLong.put("need", "n".repeat(201));

        expectInvalid(api().post("/api/bookings", api().patient(), missing), "need");
        expectInvalid(api().post("/api/bookings", api().patient(), tooLong), "need");
    }

    @Test
    void createWhenNotesOver2000CharactersThenBadRequest() {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.put("notes", "n".repeat(2001));

        expectInvalid(api().post("/api/bookings", api().patient(), request), "notes");
    }

    @Test
    void createWithLongestAllowedPartsNeedAndNotesThenCreated() {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        address(request).putAll(Map.of("street", "s".repeat(200), "flat", "f".repeat(50), "postcode",
                "ABCD-1234 567890", "city", "c".repeat(100), "district", "d".repeat(100)));
        request.put("need", "n".repeat(200));
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
    void listWithStatusThenTheUnfinishedOrTheFinishedBookingsEachCountedApart() {
        Api.Account patient = api().patient();
        UUID waiting = api().book(patient, ServiceType.NURSE_VISIT);
        UUID cancelled = api().book(patient, ServiceType.DOCTOR_CONSULTATION);
        UUID alsoWaiting = api().book(patient, ServiceType.MEDICINE_DELIVERY);
        api().post("/api/bookings/" + cancelled + "/cancel", patient, Map.of()).expectStatus().isOk();

        Map<String, Object> unfinished = json(api().get("/api/bookings?status=UNFINISHED", patient).expectStatus().isOk());
        Map<String, Object> finished = json(api().get("/api/bookings?status=FINISHED", patient).expectStatus().isOk());

        assertThat(ids(unfinished)).as("the bookings not yet over, newest first").containsExactly(alsoWaiting, waiting);
        assertThat(unfinished).as("counted apart").containsEntry("total", 2);
        assertThat(ids(finished)).as("the bookings that are over").containsExactly(cancelled);
        assertThat(finished).as("counted apart").containsEntry("total", 1);
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> address(Map<String, Object> request) {
        return (Map<String, Object>) request.get("address");
    }

    /** The fixture's address as a booking shows it, with this flat. */
    private static Map<String, Object> address(String flat, String line) {
        Map<String, Object> address = new HashMap<>(Map.of("street", "12 Rose Street", "postcode", "10115",
                "city", "Berlin", "district", "Mitte", "country", "DE", "line", line));
        address.put("flat", flat);
        return address;
    }

    private static List<UUID> ids(Map<String, Object> page) {
        return ((List<?>) page.get("items")).stream()
                .map(item -> UUID.fromString((String) ((Map<?, ?>) item).get("id")))
                .toList();
    }
}
