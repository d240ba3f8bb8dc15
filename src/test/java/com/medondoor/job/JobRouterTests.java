package com.medondoor.job;

import static com.medondoor.Callers.patient;
import static com.medondoor.Callers.provider;
import static com.medondoor.ProblemAssertions.answer;
import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.RouterSliceTest;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.booking.BookingProblems;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.Transition;
import com.medondoor.booking.BookingView;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The job routes over the service's own web stack with {@link JobService} mocked: what each answers,
 * and every way a request to them is refused.
 */
@RouterSliceTest
@Import({JobRouter.class, JobHandler.class, DutyHandler.class})
class JobRouterTests {

    private static final UUID NURSE = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    private static final UUID BOOKING = UUID.fromString("b0000000-0000-4000-8000-000000000002");
    private static final Instant CREATED = Instant.parse("2030-03-01T08:00:00Z");

    @Autowired
    private WebTestClient http;

    @MockitoBean
    private JobService jobs;

    @MockitoBean
    private Visits visits;

    @MockitoBean
    private Duties duties;

    @Test
    void dutyThenTheCallersShift() {
        when(duties.of(NURSE)).thenReturn(Mono.just(new Duty(true, 1, 0)));

        assertThat(answer(asNurse().get().uri("/api/jobs/duty").exchange())).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"onDuty\": true, \"capacity\": 1, \"activeVisits\": 0}");
    }

    @Test
    void setDutyThenPassedOnAndTheShiftAnswered() {
        when(duties.set(NURSE, false)).thenReturn(Mono.just(new Duty(false, 1, 1)));

        assertThat(answer(asNurse().put().uri("/api/jobs/duty").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"onDuty\": false}").exchange())).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"onDuty\": false, \"capacity\": 1, \"activeVisits\": 1}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"onDuty\": null}", "{\"onDuty\": \"yes\"}", "{\"onDuty\": \"true\"}",
            "{\"onDuty\": 1}", "{\"onDuty\": 0.0}"})
    void setDutyWithoutAYesOrNoThenBadRequestNamingOnDuty(String body) {
        assertInvalid(asNurse().put().uri("/api/jobs/duty").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange(), "onDuty");
        verifyNoInteractions(duties);
    }

    @Test
    void claimWhenOffDutyOrFullThenConflictsOfTheirOwn() {
        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.error(new ProviderOffDuty()));
        assertProblem(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange(), HttpStatus.CONFLICT,
                "provider-off-duty");

        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.error(new CapacityReached(1)));
        assertThat(assertProblem(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange(),
                HttpStatus.CONFLICT, "capacity-reached")).containsEntry("capacity", 1);
    }

    @Test
    void availableThenTheServicesPageForTheCallerWithDefaultPaging() {
        when(jobs.list(NURSE, new PageRequest(0, 20)))
                .thenReturn(Mono.just(new Page<>(List.of(booking(BookingStatus.PENDING, null)), 0, 20, 1)));

        assertThat(answer(asNurse().get().uri("/api/jobs/available").exchange())).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"items": [{"id": "b0000000-0000-4000-8000-000000000002", "serviceType": "NURSE_VISIT",
                                    "status": "PENDING", "area": {"district": "Mitte", "city": "Berlin"},
                                    "need": "Wound dressing", "address": null, "phone": null, "notes": null,
                                    "windowStart": null, "windowEnd": null, "timeZone": "UTC",
                                    "expiresAt": null, "expectedArrival": null, "statusReason": null,
                                    "statusNote": null, "scheduledFor": null, "createdAt": "2030-03-01T08:00:00Z",
                                    "updatedAt": "2030-03-01T08:00:00Z", "patient": null,
                                    "provider": null, "rating": null}],
                         "page": 0, "size": 20, "total": 1}
                        """);
    }

    @ParameterizedTest
    @EnumSource(value = Verification.class, names = "VERIFIED", mode = EnumSource.Mode.EXCLUDE)
    void availableWhenNotVerifiedThenForbiddenNamingTheStatus(Verification status) {
        when(jobs.list(NURSE, new PageRequest(0, 20))).thenReturn(Mono.error(new ProviderNotVerified(status)));

        Map<String, Object> problem = assertProblem(asNurse().get().uri("/api/jobs/available").exchange(),
                HttpStatus.FORBIDDEN, "provider-not-verified");

        assertThat(problem).containsEntry("title", "Provider not verified").containsEntry("verification", status.name());
        assertThat((String) problem.get("detail")).as("the detail names the status").contains(status.name());
    }

    @Test
    void claimWhenNotVerifiedThenForbidden() {
        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.error(new ProviderNotVerified(Verification.SUSPENDED)));

        assertProblem(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange(), HttpStatus.FORBIDDEN,
                "provider-not-verified");
    }

    @Test
    void availableWithPageAndSizeThenPassedOn() {
        when(jobs.list(NURSE, new PageRequest(2, 1))).thenReturn(Mono.just(new Page<>(List.of(), 2, 1, 2)));

        assertThat(answer(asNurse().get().uri("/api/jobs/available?page=2&size=1").exchange())).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"items\": [], \"page\": 2, \"size\": 1, \"total\": 2}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"available?size=0", "available?size=101", "available?page=-1", "available?page=one",
            "mine?size=0", "mine?size=101", "mine?page=-1", "mine?page=one"})
    void listWhenPagingInvalidThenBadRequestNamingTheParameter(String query) {
        assertInvalid(asNurse().get().uri("/api/jobs/" + query).exchange(),
                query.substring(query.indexOf('?') + 1, query.indexOf('=')));
        verifyNoInteractions(jobs);
    }

    @Test
    void mineThenTheCallersActiveVisitsByDefault() {
        when(jobs.mine(NURSE, BookingStatus.ACTIVE, new PageRequest(0, 20)))
                .thenReturn(Mono.just(new Page<>(List.of(booking(BookingStatus.ACCEPTED, NURSE)), 0, 20, 1)));

        assertThat(answer(asNurse().get().uri("/api/jobs/mine").exchange())).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("{\"items\": [{\"id\": \"" + BOOKING + "\", \"status\": \"ACCEPTED\", "
                        + "\"provider\": {\"id\": \"" + NURSE + "\", \"name\": \"Florence\"}}], \"total\": 1}");
    }

    @Test
    void mineWithStatusCompletedThenTheCallersHistory() {
        when(jobs.mine(NURSE, EnumSet.of(BookingStatus.COMPLETED), new PageRequest(1, 5)))
                .thenReturn(Mono.just(new Page<>(List.of(), 1, 5, 5)));

        assertThat(answer(asNurse().get().uri("/api/jobs/mine?status=COMPLETED&page=1&size=5").exchange()))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"items\": [], \"page\": 1, \"size\": 5, \"total\": 5}");
    }

    @ParameterizedTest(name = "status={0}")
    @ValueSource(strings = {"PENDING", "CANCELLED", "EXPIRED", "accepted", "ANY", ""})
    void mineWithStatusNotAProvidersThenBadRequestNamingIt(String status) {
        assertInvalid(asNurse().get().uri("/api/jobs/mine?status=" + status).exchange(), "status");
        verifyNoInteractions(jobs);
    }

    @Test
    void claimThenTheBookingAcceptedByTheCaller() {
        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.just(booking(BookingStatus.ACCEPTED, NURSE)));

        assertThat(answer(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"id\": \"" + BOOKING + "\", \"status\": \"ACCEPTED\", "
                        + "\"provider\": {\"id\": \"" + NURSE + "\", \"name\": \"Florence\"}}");
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void claimWhenNoLongerPendingThenConflictNamingTheStatus(BookingStatus current) {
        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.error(new BookingProblems.WrongStatus(current,
                "This job is no longer available; it is " + current + ".")));

        Map<String, Object> problem = assertProblem(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange(),
                HttpStatus.CONFLICT, "booking-status-conflict");

        assertThat(problem).containsEntry("currentStatus", current.name());
    }

    @Test
    void claimWhenOfAnotherServiceTypeThenForbidden() {
        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.error(new WrongServiceType()));

        assertProblem(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange(), HttpStatus.FORBIDDEN,
                "wrong-service-type");
    }

    @Test
    void claimWhenNoSuchBookingThenNotFound() {
        when(jobs.claim(BOOKING, NURSE)).thenReturn(Mono.error(new BookingProblems.BookingNotFound()));

        assertProblem(asNurse().post().uri("/api/jobs/{id}/claim", BOOKING).exchange(), HttpStatus.NOT_FOUND,
                "booking-not-found");
    }

    @Test
    void completeThenTheBookingCompleted() {
        when(visits.step(Transition.COMPLETE, BOOKING, NURSE, null)).thenReturn(Mono.just(booking(BookingStatus.COMPLETED, NURSE)));

        assertThat(answer(asNurse().post().uri("/api/jobs/{id}/complete", BOOKING).exchange())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"id\": \"" + BOOKING + "\", \"status\": \"COMPLETED\"}");
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
    void completeWhenNotInProgressThenConflictNamingTheStatus(BookingStatus current) {
        when(visits.step(Transition.COMPLETE, BOOKING, NURSE, null)).thenReturn(Mono.error(new BookingProblems.WrongStatus(current,
                "This needs the visit to be IN_PROGRESS; it is " + current + ".")));

        Map<String, Object> problem = assertProblem(asNurse().post().uri("/api/jobs/{id}/complete", BOOKING).exchange(),
                HttpStatus.CONFLICT, "booking-status-conflict");

        assertThat(problem).containsEntry("currentStatus", current.name());
    }

    @Test
    void completeWhenNotTheCallersJobThenNotFound() {
        when(visits.step(Transition.COMPLETE, BOOKING, NURSE, null)).thenReturn(Mono.error(new BookingProblems.BookingNotFound()));

        assertProblem(asNurse().post().uri("/api/jobs/{id}/complete", BOOKING).exchange(), HttpStatus.NOT_FOUND,
                "booking-not-found");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"123", "not-a-uuid", "0f14d0ab94554e06b8e51e8e0c7c4a2b", "0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2bb"})
    void claimOrCompleteWithMalformedIdThenBadRequestNamingTheId(String id) {
        assertInvalid(asNurse().post().uri("/api/jobs/{id}/claim", id).exchange(), "id");
        assertInvalid(asNurse().post().uri("/api/jobs/{id}/complete", id).exchange(), "id");
        verifyNoInteractions(jobs);
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/jobs/available"),
                Arguments.of(HttpMethod.GET, "/api/jobs/mine"),
                Arguments.of(HttpMethod.POST, "/api/jobs/" + BOOKING + "/claim"),
                Arguments.of(HttpMethod.POST, "/api/jobs/" + BOOKING + "/complete"),
                Arguments.of(HttpMethod.GET, "/api/jobs/duty"),
                Arguments.of(HttpMethod.PUT, "/api/jobs/duty"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void routeWithoutTokenThenUnauthorizedWithBearerChallenge(HttpMethod method, String path) {
        EntityExchangeResult<byte[]> answer = http.method(method).uri(path).exchange().expectBody().returnResult();

        assertProblem(answer, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(WebTestClientResponse.from(answer)).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        verifyNoInteractions(jobs, duties);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void routeByPatientThenForbidden(HttpMethod method, String path) {
        assertProblem(http.mutateWith(patient(NURSE)).method(method).uri(path).exchange(), HttpStatus.FORBIDDEN,
                "forbidden");
        verifyNoInteractions(jobs);
    }

    private WebTestClient asNurse() {
        return http.mutateWith(provider(NURSE));
    }

    /** A booking as the service hands it to the nurse: without private details until she holds it. */
    private static BookingView booking(BookingStatus status, UUID provider) {
        BookingView booking = new BookingView(BOOKING, ServiceType.NURSE_VISIT, status,
                new BookingView.Area("Mitte", "Berlin"), "Wound dressing",
                new BookingView.Address("12 Rose Street", null, "10115", "Berlin", "Mitte", "DE",
                        "12 Rose Street, 10115 Berlin, Mitte, DE"),
                "+49301234567", null, null, null, "UTC", null, null, null, null, CREATED, CREATED,
                new BookingView.Party(UUID.fromString("a7e1c6de-0000-4000-8000-000000000001"), "Ada"),
                provider == null ? null : new BookingView.Party(provider, "Florence"), null);
        return provider == null ? booking.withoutPrivateDetails() : booking;
    }
}
