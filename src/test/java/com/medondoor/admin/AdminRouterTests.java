package com.medondoor.admin;

import static com.medondoor.Callers.admin;
import static com.medondoor.Callers.patient;
import static com.medondoor.Callers.provider;
import static com.medondoor.ProblemAssertions.answer;
import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.RouterSliceTest;
import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.auth.Administrators;
import com.medondoor.auth.NewAdministrator;
import com.medondoor.auth.ProfessionalDetails;
import com.medondoor.auth.UserView;
import com.medondoor.auth.VerificationChange;
import com.medondoor.auth.Verifications;
import com.medondoor.booking.BookingSearch;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.booking.PlatformBookings;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The administrators' routes over the service's own web stack with their services mocked: what each
 * passes on and answers, and every way a request to them is refused before it reaches a service.
 */
@RouterSliceTest
@Import({AdminRouter.class, AdminHandler.class, AdminBookingHandler.class})
class AdminRouterTests {

    private static final UUID GRACE = UUID.fromString("ad000000-0000-4000-8000-000000000001");
    private static final UUID FLORENCE = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    private static final UUID BOOKING = UUID.fromString("b0000000-0000-4000-8000-000000000004");
    private static final Instant CHANGED = Instant.parse("2030-03-01T08:00:00Z");

    @Autowired
    private WebTestClient http;

    @MockitoBean
    private Administrators administrators;

    @MockitoBean
    private Verifications verifications;

    @MockitoBean
    private AuditLog audit;

    @MockitoBean
    private PlatformBookings bookings;

    static Stream<Arguments> changes() {
        return Stream.of(Arguments.of("approve", VerificationChange.APPROVE, Verification.VERIFIED),
                Arguments.of("reject", VerificationChange.REJECT, Verification.REJECTED),
                Arguments.of("suspend", VerificationChange.SUSPEND, Verification.SUSPENDED),
                Arguments.of("reinstate", VerificationChange.REINSTATE, Verification.VERIFIED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void changeThenTheProviderWithTheCallerAsActorAndTheReasonStripped(String action, VerificationChange change,
            Verification after) {
        when(verifications.change(FLORENCE, change, GRACE, "Checked twice")).thenReturn(Mono.just(florence(after)));

        assertThat(answer(asAdmin().post().uri("/api/admin/providers/{id}/" + action, FLORENCE)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "  Checked twice ")).exchange()))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("{\"id\": \"" + FLORENCE + "\", \"verification\": "
                        + "{\"status\": \"" + after + "\"}, \"professional\": {\"licenceNumber\": \"RCN 1\"}}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"reason\": \"\"}", "{\"reason\": null}", "{\"reason\": 7}"})
    void changeWithoutAReasonThenBadRequestNamingIt(String body) {
        assertInvalid(asAdmin().post().uri("/api/admin/providers/{id}/approve", FLORENCE)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), "reason");
        verifyNoInteractions(verifications);
    }

    @Test
    void changeOfAMalformedIdThenBadRequestNamingIt() {
        assertInvalid(asAdmin().post().uri("/api/admin/providers/not-an-id/approve")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "x")).exchange(), "id");
        assertInvalid(asAdmin().get().uri("/api/admin/providers/not-an-id").exchange(), "id");
        verifyNoInteractions(verifications);
    }

    @Test
    void providersWithStatusSearchAndPageThenPassedOn() {
        when(verifications.providers(Verification.UNVERIFIED, "rcn 1", new PageRequest(1, 5)))
                .thenReturn(Mono.just(new Page<>(List.of(florence(Verification.UNVERIFIED)), 1, 5, 6)));

        assertThat(answer(asAdmin().get().uri("/api/admin/providers?status=UNVERIFIED&q= rcn 1 &page=1&size=5")
                .exchange())).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"items\": [{\"id\": \"" + FLORENCE + "\"}], \"page\": 1, \"size\": 5, \"total\": 6}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status=verified", "status=ADMIN", "page=-1", "size=0", "size=101"})
    void providersWithABadParameterThenBadRequestNamingIt(String query) {
        assertInvalid(asAdmin().get().uri("/api/admin/providers?" + query).exchange(),
                query.substring(0, query.indexOf('=')));
        verifyNoInteractions(verifications);
    }

    @Test
    void auditOfASubjectThenPassedOnAndSubjectThatIsNoIdRefused() {
        when(audit.entries(FLORENCE, new PageRequest(0, 20))).thenReturn(Mono.just(new Page<>(List.of(
                new AuditEntry(7, new AuditEntry.Actor(GRACE, "Grace"), "APPROVE_PROVIDER", FLORENCE, "Checked", CHANGED)),
                0, 20, 1)));

        assertThat(answer(asAdmin().get().uri("/api/admin/audit?subject=" + FLORENCE).exchange())).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"items": [{"id": 7, "actor": {"id": "ad000000-0000-4000-8000-000000000001", "name": "Grace"},
                                    "action": "APPROVE_PROVIDER", "subjectId": "c0000000-0000-4000-8000-000000000003",
                                    "reason": "Checked", "occurredAt": "2030-03-01T08:00:00Z"}],
                         "page": 0, "size": 20, "total": 1}
                        """);
        assertInvalid(asAdmin().get().uri("/api/admin/audit?subject=someone").exchange(), "subject");
    }

    @Test
    void bookingsWithStatusServiceAgeAndPageThenPassedOnWithoutPrivateDetails() {
        when(bookings.search(new BookingSearch(BookingStatus.PENDING, ServiceType.NURSE_VISIT, Duration.ofMinutes(45)),
                new PageRequest(2, 10))).thenReturn(Mono.just(new Page<>(List.of(booking().withoutPrivateDetails()), 2, 10, 21)));

        var page = assertThat(answer(asAdmin().get()
                .uri("/api/admin/bookings?status=PENDING&serviceType=NURSE_VISIT&waitingLongerThan=PT45M&page=2&size=10")
                .exchange())).hasStatusOk().bodyJson();
        page.isLenientlyEqualTo("{\"items\": [{\"id\": \"" + BOOKING + "\", \"area\": {\"district\": \"Mitte\"}}],"
                + " \"page\": 2, \"size\": 10, \"total\": 21}");
        page.extractingPath("$.items[0].address").isNull();
        page.extractingPath("$.items[0].phone").isNull();
    }

    @Test
    void bookingsWithoutFiltersThenEveryBooking() {
        when(bookings.search(new BookingSearch(null, null, Duration.ZERO), new PageRequest(0, 20)))
                .thenReturn(Mono.just(new Page<>(List.of(), 0, 20, 0)));

        assertThat(answer(asAdmin().get().uri("/api/admin/bookings").exchange())).hasStatusOk();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status=pending", "status=LOST", "serviceType=PLUMBING", "waitingLongerThan=30m",
            "waitingLongerThan=-PT1M", "waitingLongerThan=P3651D", "waitingLongerThan=", "page=-1", "size=101"})
    void bookingsWithABadParameterThenBadRequestNamingIt(String query) {
        assertInvalid(asAdmin().get().uri("/api/admin/bookings?" + query).exchange(), query.substring(0, query.indexOf('=')));
        verifyNoInteractions(bookings);
    }

    @Test
    void waitingBookingsThenThePageAskedFor() {
        when(bookings.waitingTooLong(new PageRequest(1, 5)))
                .thenReturn(Mono.just(new Page<>(List.of(booking().withoutPrivateDetails()), 1, 5, 6)));

        assertThat(answer(asAdmin().get().uri("/api/admin/bookings/waiting?page=1&size=5").exchange())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"items\": [{\"id\": \"" + BOOKING + "\"}], \"total\": 6}");
    }

    @Test
    void bookingByIdThenWholeReadAsTheCallerAndNeverCached() {
        when(bookings.readWhole(BOOKING, GRACE)).thenReturn(Mono.just(booking()));

        assertThat(answer(asAdmin().get().uri("/api/admin/bookings/{id}", BOOKING).exchange())).hasStatusOk()
                .hasHeader(HttpHeaders.CACHE_CONTROL, "no-store").bodyJson()
                .isLenientlyEqualTo("{\"id\": \"" + BOOKING + "\", \"phone\": \"+49301234567\","
                        + " \"address\": {\"street\": \"12 Rose Street\"}, \"patient\": {\"name\": \"Ada\"}}");
    }

    @Test
    void bookingOfAMalformedIdThenBadRequestNamingIt() {
        assertInvalid(asAdmin().get().uri("/api/admin/bookings/not-an-id").exchange(), "id");
        verifyNoInteractions(bookings);
    }

    @Test
    void createAdminThenCreated() {
        NewAdministrator request = new NewAdministrator("Ada", "ada@medondoor.test", "correct horse battery");
        when(administrators.create(request, GRACE)).thenReturn(Mono.just(new UserView(FLORENCE, "Ada",
                "ada@medondoor.test", Role.ADMIN, null, null, null, null, CHANGED)));

        assertThat(answer(asAdmin().post().uri("/api/admin/admins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request).exchange())).hasStatus(HttpStatus.CREATED)
                .doesNotContainHeader(HttpHeaders.LOCATION)
                .bodyJson().isStrictlyEqualTo("{\"id\": \"" + FLORENCE + "\", \"name\": \"Ada\", \"email\": "
                        + "\"ada@medondoor.test\", \"role\": \"ADMIN\", \"createdAt\": \"2030-03-01T08:00:00Z\"}");
    }

    @Test
    void createAdminWithoutEmailThenBadRequestNamingIt() {
        assertInvalid(asAdmin().post().uri("/api/admin/admins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Ada", "password", "correct horse battery")).exchange(), "email");
        verifyNoInteractions(administrators);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void routeForAPatientOrAProviderThenForbiddenAndWithoutTokenUnauthorized(String method, String path) {
        for (var caller : List.of(patient(GRACE), provider(GRACE))) {
            assertProblem(http.mutateWith(caller).method(HttpMethod.valueOf(method)).uri(path)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "x")).exchange(),
                    HttpStatus.FORBIDDEN, "forbidden");
        }
        assertProblem(http.method(HttpMethod.valueOf(method)).uri(path).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        verifyNoInteractions(administrators, verifications, audit, bookings);
    }

    static Stream<Arguments> routes() {
        return Stream.of(Arguments.of("POST", "/api/admin/admins"), Arguments.of("GET", "/api/admin/providers"),
                Arguments.of("GET", "/api/admin/providers/" + FLORENCE),
                Arguments.of("POST", "/api/admin/providers/" + FLORENCE + "/suspend"),
                Arguments.of("GET", "/api/admin/audit"), Arguments.of("GET", "/api/admin/bookings"),
                Arguments.of("GET", "/api/admin/bookings/waiting"), Arguments.of("GET", "/api/admin/bookings/" + BOOKING));
    }

    private WebTestClient asAdmin() {
        return http.mutateWith(admin(GRACE));
    }

    private static BookingView booking() {
        return new BookingView(BOOKING, ServiceType.NURSE_VISIT, BookingStatus.PENDING, new BookingView.Area("Mitte", "Berlin"),
                "Wound dressing", new BookingView.Address("12 Rose Street", null, "10115", "Berlin", "Mitte", "DE",
                        "12 Rose Street, 10115 Berlin, Mitte, DE"),
                "+49301234567", "Door code 4521", null, null, "UTC", null, null, null, null, CHANGED, CHANGED, new BookingView.Party(FLORENCE, "Ada"), null, null);
    }

    private static UserView florence(Verification status) {
        return new UserView(FLORENCE, "Florence", "florence@example.test", Role.PROVIDER, ServiceType.NURSE_VISIT, null,
                new UserView.VerificationView(status, null, CHANGED), new ProfessionalDetails("RCN 1", null, null),
                CHANGED);
    }
}
