package com.medondoor.booking;

import static com.medondoor.Callers.patient;
import static com.medondoor.Callers.provider;
import static com.medondoor.ProblemAssertions.answer;
import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.RouterSliceTest;
import com.medondoor.account.ServiceType;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.assertj.WebTestClientResponse;
import reactor.core.publisher.Mono;

/**
 * The booking routes over the service's own web stack with {@link BookingService} mocked: what each
 * answers, and every way a request to them is refused.
 */
@RouterSliceTest
@Import({BookingRouter.class, BookingHandler.class})
class BookingRouterTests {

    private static final UUID PATIENT = UUID.fromString("a7e1c6de-0000-4000-8000-000000000001");
    private static final UUID BOOKING = UUID.fromString("b0000000-0000-4000-8000-000000000002");
    private static final Instant CREATED = Instant.parse("2030-03-01T08:00:00Z");
    private static final BookingView PENDING = new BookingView(BOOKING, ServiceType.NURSE_VISIT, BookingStatus.PENDING,
            new BookingView.Area("Mitte", "Berlin"), "Wound dressing",
            new BookingView.Address("12 Rose Street", null, "10115", "Berlin", "Mitte", "DE",
                    "12 Rose Street, 10115 Berlin, Mitte, DE"),
            "+49301234567", "Ring twice", Instant.parse("2030-03-02T09:30:00Z"), Instant.parse("2030-03-02T11:30:00Z"),
            "Europe/Berlin", Instant.parse("2030-03-02T11:30:00Z"), null, null, null, CREATED, CREATED,
            new BookingView.Party(PATIENT, "Ada"), null, null);
    private static final String PENDING_JSON = """
            {"id": "b0000000-0000-4000-8000-000000000002", "serviceType": "NURSE_VISIT", "status": "PENDING",
             "area": {"district": "Mitte", "city": "Berlin"}, "need": "Wound dressing",
             "address": {"street": "12 Rose Street", "flat": null, "postcode": "10115", "city": "Berlin",
                         "district": "Mitte", "country": "DE", "line": "12 Rose Street, 10115 Berlin, Mitte, DE"},
             "phone": "+49301234567", "notes": "Ring twice", "windowStart": "2030-03-02T09:30:00Z",
             "windowEnd": "2030-03-02T11:30:00Z", "timeZone": "Europe/Berlin", "expiresAt": "2030-03-02T11:30:00Z",
             "expectedArrival": null, "statusReason": null, "statusNote": null, "scheduledFor": "2030-03-02T09:30:00Z",
             "createdAt": "2030-03-01T08:00:00Z", "updatedAt": "2030-03-01T08:00:00Z",
             "patient": {"id": "a7e1c6de-0000-4000-8000-000000000001", "name": "Ada"},
             "provider": null, "rating": null}
            """;
    private static final CreateBookingRequest VALID = new CreateBookingRequest(ServiceType.NURSE_VISIT,
            new CreateBookingRequest.Address("12 Rose Street", "2nd floor", "10115", "Berlin", "Mitte", "DE"),
            "030 1234567", "Wound dressing", null, null, null, null, "Ring twice");

    /** The value of a field that is left out of the body. */
    private static final Object ABSENT = new Object();

    @Autowired
    private WebTestClient http;

    @MockitoBean
    private BookingService bookings;

    @Test
    void createThenCreatedAtItsLocationWithTheServicesBooking() {
        when(bookings.create(eq(PATIENT), any(), isNull())).thenReturn(Mono.just(new BookingService.Creation(PENDING)));

        assertThat(answer(create(validBooking()))).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/bookings/" + BOOKING)
                .doesNotContainHeader(BookingHandler.REPLAYED)
                .bodyJson().isStrictlyEqualTo(PENDING_JSON);
        ArgumentCaptor<CreateBookingRequest> request = ArgumentCaptor.forClass(CreateBookingRequest.class);
        verify(bookings).create(eq(PATIENT), request.capture(), isNull());
        assertThat(request.getValue()).as("the request the service is given, as sent").isEqualTo(VALID);
    }

    @Test
    void createWithIdempotencyKeyThenKeyPassedOnAndAReplayMarked() {
        String key = "retry-" + UUID.randomUUID();
        when(bookings.create(eq(PATIENT), any(), eq(key)))
                .thenReturn(Mono.just(new BookingService.Creation(PENDING, true)));

        assertThat(answer(create(validBooking(), key))).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/bookings/" + BOOKING)
                .hasHeader(BookingHandler.REPLAYED, "true");
    }

    @Test
    void createWithLongestPartsAndNotesOverSeveralLinesThenCreated() {
        when(bookings.create(eq(PATIENT), any(), isNull())).thenReturn(Mono.just(new BookingService.Creation(PENDING)));
        Map<String, Object> body = validBooking();
        address(body).putAll(Map.of("street", "s".repeat(200), "flat", "f".repeat(50), "postcode", "SW1A 1AA-99999-9",
                "city", "c".repeat(100), "district", "d".repeat(100)));
        body.put("need", "n".repeat(200));
        body.put("notes", "Second floor,\r\n\tring twice" + "n".repeat(1974));

        assertThat(answer(create(body))).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void createWithAnAddressInAnotherScriptThenCreated() {
        when(bookings.create(eq(PATIENT), any(), isNull())).thenReturn(Mono.just(new BookingService.Creation(PENDING)));
        Map<String, Object> body = validBooking();
        address(body).putAll(Map.of("street", "\u65b0\u5bbf 3-1", "city", "\u6771\u4eac", "district", "\u0160ibuya", "postcode", "160 0022"));

        assertThat(answer(create(body))).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void createWithUnknownFieldsThenTheyAreIgnored() {
        when(bookings.create(eq(PATIENT), any(), isNull())).thenReturn(Mono.just(new BookingService.Creation(PENDING)));
        Map<String, Object> body = validBooking();
        body.put("status", "COMPLETED");
        body.put("patient", Map.of("id", UUID.randomUUID().toString()));

        assertThat(answer(create(body))).hasStatus(HttpStatus.CREATED);
        verify(bookings).create(PATIENT, VALID, null);
    }

    static Stream<Arguments> invalidBookings() {
        return Stream.of(
                invalid("serviceType absent", "serviceType", ABSENT),
                invalid("serviceType null", "serviceType", null),
                invalid("serviceType unknown", "serviceType", "PIZZA_DELIVERY"),
                invalid("serviceType in lower case", "serviceType", "nurse_visit"),
                invalid("serviceType a number", "serviceType", 0),
                invalid("address absent", "address", ABSENT),
                invalid("address null", "address", null),
                invalid("address one line of text, as before", "address", "12 Rose Street, Springfield"),
                invalid("address a number", "address", 12),
                invalid("street absent", "address.street", ABSENT),
                invalid("street blank", "address.street", "   "),
                invalid("street of 201 characters", "address.street", "s".repeat(201)),
                invalid("street over two lines", "address.street", "12 Rose Street\nSpringfield"),
                invalid("street with a NUL", "address.street", "12 Rose\u0000Street"),
                invalid("street only a symbol", "address.street", "\uD83C\uDFE0"),
                invalid("street only punctuation", "address.street", "-- ."),
                invalid("flat of 51 characters", "address.flat", "f".repeat(51)),
                invalid("postcode absent", "address.postcode", ABSENT),
                invalid("postcode empty", "address.postcode", ""),
                invalid("postcode with a slash", "address.postcode", "10/115"),
                invalid("postcode of 17 characters", "address.postcode", "1".repeat(17)),
                invalid("postcode with a space at its end", "address.postcode", "10115 "),
                invalid("city blank", "address.city", ""),
                invalid("city of 101 characters", "address.city", "c".repeat(101)),
                invalid("city only a symbol", "address.city", "\uD83C\uDFE0"),
                invalid("city only digits", "address.city", "10115"),
                invalid("district only a symbol", "address.district", "\u2764"),
                invalid("district absent", "address.district", ABSENT),
                invalid("district of 101 characters", "address.district", "d".repeat(101)),
                invalid("country absent", "address.country", ABSENT),
                invalid("country unknown", "address.country", "XK1"),
                invalid("country in lower case", "address.country", "de"),
                invalid("country no ISO code", "address.country", "ZZ"),
                invalid("country alpha-3", "address.country", "DEU"),
                invalid("phone absent", "phone", ABSENT),
                invalid("phone blank", "phone", " "),
                invalid("phone too short", "phone", "030 12"),
                invalid("phone no number", "phone", "call me"),
                invalid("phone in letters on a keypad", "phone", "030 FLOWERS"),
                invalid("phone after other text", "phone", "call 030 1234567"),
                invalid("phone an unknown country code", "phone", "+999 1234567"),
                invalid("phone a number", "phone", 301234567),
                invalid("need absent", "need", ABSENT),
                invalid("need blank", "need", "  "),
                invalid("need of 201 characters", "need", "n".repeat(201)),
                invalid("need over two lines", "need", "Wound\ndressing"),
                invalid("notes of 2001 characters", "notes", "n".repeat(2001)),
                invalid("notes a boolean", "notes", false),
                invalid("scheduledFor not a date", "scheduledFor", "tomorrow at noon"),
                invalid("scheduledFor a date without time", "scheduledFor", "2031-01-01"),
                invalid("scheduledFor a number of seconds", "scheduledFor", 4_102_444_800L),
                invalid("windowStart not a date", "windowStart", "tomorrow at noon"),
                invalid("windowEnd a number of seconds", "windowEnd", 4_102_444_800L),
                invalid("timeZone a number", "timeZone", 1));
    }

    private static Arguments invalid(String name, String field, Object value) {
        return Arguments.of(Named.of(name, field), value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBookings")
    void createWhenAFieldIsInvalidThenBadRequestNamingIt(String field, Object value) {
        Map<String, Object> body = validBooking();
        Map<String, Object> holder = field.startsWith("address.") ? address(body) : body;
        String name = field.substring(field.indexOf('.') + 1);
        if (value == ABSENT) {
            holder.remove(name);
        }
        else {
            holder.put(name, value);
        }

        assertInvalid(create(body), field);
        verifyNoInteractions(bookings);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"{\"serviceType\": \"NURSE_VISIT\", \"address\": ", "[]", "null", "\"NURSE_VISIT\"",
            "{'serviceType': 'NURSE_VISIT'}", "{} {}"})
    void createWhenBodyIsNotOneJsonObjectThenBadRequestNamingNoField(String body) {
        assertInvalid(http.mutateWith(patient(PATIENT)).post().uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange());
        verifyNoInteractions(bookings);
    }

    @Test
    void createWithoutBodyThenBadRequest() {
        Map<String, Object> problem = assertInvalid(http.mutateWith(patient(PATIENT)).post().uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON).exchange());

        assertThat(problem).containsEntry("detail", "A JSON request body is required.");
    }

    @Test
    void createWhenBodyIsNotJsonThenUnsupportedMediaType() {
        assertProblem(http.mutateWith(patient(PATIENT)).post().uri("/api/bookings")
                        .contentType(MediaType.TEXT_PLAIN).bodyValue("serviceType=NURSE_VISIT").exchange(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
        verifyNoInteractions(bookings);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "two words", "caf\u00e9", "tab\tinside"})
    void createWhenIdempotencyKeyMalformedThenBadRequestNamingTheHeader(String key) {
        assertInvalid(create(validBooking(), key), BookingHandler.IDEMPOTENCY_KEY);
        verifyNoInteractions(bookings);
    }

    @Test
    void createWhenIdempotencyKeyOver255CharactersThenBadRequestNamingTheHeader() {
        assertInvalid(create(validBooking(), "k".repeat(256)), BookingHandler.IDEMPOTENCY_KEY);
    }

    @Test
    void createWhenIdempotencyKeyUsedForAnotherRequestThenUnprocessable() {
        when(bookings.create(eq(PATIENT), any(), eq("used")))
                .thenReturn(Mono.error(new BookingProblems.IdempotencyKeyReused()));

        assertProblem(create(validBooking(), "used"), HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
    }

    @Test
    void listThenTheServicesPageOfTheCallersBookingsWithDefaultPaging() {
        when(bookings.list(PATIENT, EnumSet.allOf(BookingStatus.class), new PageRequest(0, 20))).thenReturn(Mono.just(new Page<>(List.of(PENDING), 0, 20, 1)));

        assertThat(answer(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings").exchange()))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"items\": [" + PENDING_JSON + "], \"page\": 0, \"size\": 20, \"total\": 1}");
    }

    @Test
    void listWithPageAndSizeThenPassedOn() {
        when(bookings.list(PATIENT, EnumSet.allOf(BookingStatus.class), new PageRequest(3, 100)))
                .thenReturn(Mono.just(new Page<>(List.of(), 3, 100, 7)));

        assertThat(answer(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings?page=3&size=100").exchange()))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"items\": [], \"page\": 3, \"size\": 100, \"total\": 7}");
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"UNFINISHED", "FINISHED"})
    void listWithStatusThenThoseStatusesPassedOn(String status) {
        Set<BookingStatus> statuses = status.equals("FINISHED") ? BookingStatus.FINISHED : BookingStatus.UNFINISHED;
        when(bookings.list(PATIENT, statuses, new PageRequest(0, 20))).thenReturn(Mono.just(new Page<>(List.of(), 0, 20, 0)));

        assertThat(answer(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings?status=" + status).exchange()))
                .hasStatusOk();
        verify(bookings).list(PATIENT, statuses, new PageRequest(0, 20));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"status=", "status=PENDING", "status=unfinished", "status=ALL", "status=FINISHED,UNFINISHED"})
    void listWhenStatusUnknownThenBadRequestNamingIt(String query) {
        assertInvalid(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings?" + query).exchange(), "status");
        verifyNoInteractions(bookings);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"size=0", "size=101", "size=x", "size=1.5", "size=", "page=-1", "page=abc",
            "page=99999999999"})
    void listWhenPagingInvalidThenBadRequestNamingTheParameter(String query) {
        assertInvalid(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings?" + query).exchange(),
                query.substring(0, query.indexOf('=')));
        verifyNoInteractions(bookings);
    }

    @Test
    void getThenTheServicesBookingOfTheCaller() {
        when(bookings.get(BOOKING, PATIENT)).thenReturn(Mono.just(PENDING));

        assertThat(answer(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings/{id}", BOOKING).exchange()))
                .hasStatusOk().bodyJson().isStrictlyEqualTo(PENDING_JSON);
    }

    @Test
    void getWithUpperCaseIdThenTheSameBooking() {
        when(bookings.get(BOOKING, PATIENT)).thenReturn(Mono.just(PENDING));

        assertThat(answer(http.mutateWith(patient(PATIENT)).get()
                .uri("/api/bookings/{id}", BOOKING.toString().toUpperCase()).exchange())).hasStatusOk();
    }

    @Test
    void getWhenNotTheCallersThenNotFound() {
        when(bookings.get(BOOKING, PATIENT)).thenReturn(Mono.error(new BookingProblems.BookingNotFound()));

        Map<String, Object> problem = assertProblem(http.mutateWith(patient(PATIENT)).get()
                .uri("/api/bookings/{id}", BOOKING).exchange(), HttpStatus.NOT_FOUND, "booking-not-found");

        assertThat(problem).containsEntry("title", "Booking not found").containsEntry("detail", "No such booking.");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"not-a-uuid", "42", "0f14d0ab94554e06b8e51e8e0c7c4a2b",
            "{0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2b}", "0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2g", "1-1-1-1-1"})
    void getOrCancelWithMalformedIdThenBadRequestNamingTheId(String id) {
        assertInvalid(http.mutateWith(patient(PATIENT)).get().uri("/api/bookings/{id}", id).exchange(), "id");
        assertInvalid(http.mutateWith(patient(PATIENT)).post().uri("/api/bookings/{id}/cancel", id).exchange(), "id");
        verifyNoInteractions(bookings);
    }

    @Test
    void cancelThenTheServicesCancelledBooking() {
        BookingView cancelled = new BookingView(BOOKING, ServiceType.NURSE_VISIT, BookingStatus.CANCELLED,
                PENDING.area(), PENDING.need(), PENDING.address(), PENDING.phone(), null, null, null, "UTC", null, null, null, null, CREATED,
                CREATED.plusSeconds(60), new BookingView.Party(PATIENT, "Ada"), null, null);
        when(bookings.cancel(BOOKING, PATIENT, ReasonRequest.NONE)).thenReturn(Mono.just(cancelled));

        assertThat(answer(http.mutateWith(patient(PATIENT)).post().uri("/api/bookings/{id}/cancel", BOOKING).exchange()))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"id\": \"" + BOOKING + "\", \"status\": \"CANCELLED\", "
                        + "\"updatedAt\": \"2030-03-01T08:01:00Z\", \"notes\": null, \"scheduledFor\": null}");
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void cancelWhenNoLongerPendingThenConflictNamingTheStatus(BookingStatus current) {
        when(bookings.cancel(BOOKING, PATIENT, ReasonRequest.NONE))
                .thenReturn(Mono.error(new BookingProblems.WrongStatus(current, "Only a PENDING booking can be cancelled.")));

        Map<String, Object> problem = assertProblem(http.mutateWith(patient(PATIENT)).post()
                .uri("/api/bookings/{id}/cancel", BOOKING).exchange(), HttpStatus.CONFLICT, "booking-status-conflict");

        assertThat(problem).containsEntry("currentStatus", current.name());
    }

    @Test
    void cancelWhenNotTheCallersThenNotFound() {
        when(bookings.cancel(BOOKING, PATIENT, ReasonRequest.NONE)).thenReturn(Mono.error(new BookingProblems.BookingNotFound()));

        assertProblem(http.mutateWith(patient(PATIENT)).post().uri("/api/bookings/{id}/cancel", BOOKING).exchange(),
                HttpStatus.NOT_FOUND, "booking-not-found");
    }

    /** Every booking route, with a request that would otherwise get through to the service. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/bookings"),
                Arguments.of(HttpMethod.GET, "/api/bookings"),
                Arguments.of(HttpMethod.GET, "/api/bookings/" + BOOKING),
                Arguments.of(HttpMethod.POST, "/api/bookings/" + BOOKING + "/cancel"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void routeWithoutTokenThenUnauthorizedWithBearerChallenge(HttpMethod method, String path) {
        EntityExchangeResult<byte[]> answer = http.method(method).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(validBooking()).exchange().expectBody().returnResult();

        assertProblem(answer, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(WebTestClientResponse.from(answer)).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        verifyNoInteractions(bookings);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void routeWithTokenThatDoesNotVerifyThenUnauthorized(HttpMethod method, String path) {
        assertProblem(http.method(method).uri(path).headers(headers -> headers.setBearerAuth("not-a-jwt"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(validBooking()).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        verifyNoInteractions(bookings);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void routeByProviderThenForbidden(HttpMethod method, String path) {
        assertProblem(http.mutateWith(provider(PATIENT)).method(method).uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(validBooking()).exchange(),
                HttpStatus.FORBIDDEN, "forbidden");
        verifyNoInteractions(bookings);
    }

    private WebTestClient.ResponseSpec create(Map<String, Object> body) {
        return http.mutateWith(patient(PATIENT)).post().uri("/api/bookings")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec create(Map<String, Object> body, String idempotencyKey) {
        return http.mutateWith(patient(PATIENT)).post().uri("/api/bookings")
                .header(BookingHandler.IDEMPOTENCY_KEY, idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A body the service would take; each test changes the one thing it is about. */
    private static Map<String, Object> validBooking() {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceType", "NURSE_VISIT");
        body.put("address", new HashMap<>(Map.of("street", "12 Rose Street", "flat", "2nd floor", "postcode", "10115",
                "city", "Berlin", "district", "Mitte", "country", "DE")));
        body.put("phone", "030 1234567");
        body.put("need", "Wound dressing");
        body.put("notes", "Ring twice");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> address(Map<String, Object> body) {
        return (Map<String, Object>) body.get("address");
    }
}
