package com.medondoor.system.access;

import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.system.access.AccessScene.Caller.CLAIMER;
import static com.medondoor.system.access.AccessScene.Caller.OWNER;
import static com.medondoor.system.access.AccessScene.Caller.PROVIDER_OF_TYPE;
import static com.medondoor.system.access.AccessScene.Caller.REJECTED;
import static com.medondoor.system.access.AccessScene.Caller.SUSPENDED;
import static com.medondoor.system.access.AccessScene.Caller.UNVERIFIED;
import static com.medondoor.system.access.AccessScene.State.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.ProblemAssertions;
import com.medondoor.TestKeys;
import com.medondoor.TokenForger;
import com.medondoor.auth.JwtProperties;
import com.medondoor.system.access.AccessMatrix.Case;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every route of the contract against every kind of caller, each case on a scene of its own. A refusal
 * must be the contract's problem and must leave the booking as it was; an allowed call must really
 * succeed, with the status and the data the contract promises.
 */
class AccessMatrixIntegrationTests extends IntegrationTest {

    /** A key the service has never heard of; made once, as a key costs a fraction of a second. */
    private static final RSAKey ANOTHER_KEY = TestKeys.newRsaKey();

    @Autowired
    private RSAKey signingKey;

    @Autowired
    private JwtProperties jwtProperties;

    static Stream<Case> matrix() {
        return Stream.of(AccessMatrix.patientsAndProviders(), AccessMatrix.administratorsAndUnverifiedProviders(),
                AccessMatrix.administration(), AccessMatrix.platformBookings(), AccessMatrix.visitSteps())
                .flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void routeAnswersEachCallerAsTheContractSays(Case row) {
        AccessScene scene = AccessScene.build(api(), row.state(), row.caller(), row.route());
        Account caller = scene.account(row.caller());
        String path = scene.path(row.route());
        if (row.route().stream() && row.expected() == 200) {
            assertStreamOpens(path, caller, row);
            return;
        }
        EntityExchangeResult<byte[]> result = send(row, path, caller).expectBody().returnResult();

        if (row.expected() >= 400) {
            Map<String, Object> problem = assertProblem(result, row.expected(), row.toString());
            if (row.problem() != null) {
                assertThat(problem.get("type")).as("%s: problem type", row).isEqualTo(ProblemAssertions.TYPES + row.problem());
            }
            assertBookingUntouched(scene, row);
            assertSubjectUntouched(scene, row);
        }
        else {
            assertThat(result.getStatus().value()).as("%s: HTTP status, body %s", row, ProblemAssertions.body(result))
                    .isEqualTo(row.expected());
            assertSucceeded(row, scene, caller, ProblemAssertions.body(result));
        }
    }

    private WebTestClient.ResponseSpec send(Case row, String path, Account caller) {
        Object body = AccessScene.body(row.route(), row.caller());
        return switch (row.route().method) {
            case "GET" -> api().get(path, caller);
            case "PUT" -> caller == null
                    ? http.put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    : api().put(path, caller, body);
            default -> api().post(path, caller, body);
        };
    }

    /** An allowed stream answers 200 with an event stream; it is then closed. */
    private void assertStreamOpens(String path, Account caller, Case row) {
        FluxExchangeResult<String> stream = http.get().uri(path).accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> headers.setBearerAuth(caller.token())).exchange().returnResult(String.class);
        assertThat(stream.getStatus().value()).as("%s: HTTP status", row).isEqualTo(200);
        assertThat(stream.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
                .as("%s: an event stream", row).isTrue();
        stream.getResponseBody().take(0).blockLast(Duration.ofSeconds(10));
    }

    /** An allowed call did what the contract says, for this caller and no one else. */
    private void assertSucceeded(Case row, AccessScene scene, Account caller, String body) {
        String booking = scene.booking().toString();
        switch (row.route()) {
            case LOGOUT -> api().get("/api/me", caller).expectStatus().isUnauthorized();
            case ME -> assertThat(read(body, "$.id")).as("%s: whose /api/me", row).isEqualTo(caller.id().toString());
            case PROFESSIONAL -> assertThat(read(body, "$.verification.status")).as("%s: status after", row)
                    .isEqualTo("UNVERIFIED");
            case CREATE_BOOKING -> {
                assertThat(read(body, "$.status")).as("%s: status of the new booking", row).isEqualTo("PENDING");
                assertThat(read(body, "$.patient.id")).as("%s: patient of the new booking", row)
                        .isEqualTo(caller.id().toString());
            }
            case LIST_BOOKINGS -> assertThat(ids(body)).as("%s: the booking is listed only to its patient", row)
                    .isEqualTo(row.caller() == OWNER ? List.of(booking) : List.of());
            case GET_BOOKING -> assertThat(read(body, "$.id")).as("%s: booking shown", row).isEqualTo(booking);
            case CANCEL_BOOKING -> assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("CANCELLED");
            case RATE_BOOKING -> {
                assertThat(read(body, "$.bookingId")).as("%s: booking rated", row).isEqualTo(booking);
                assertThat(JsonPath.<Integer>read(body, "$.stars")).as("%s: stars", row).isEqualTo(4);
            }
            case AVAILABLE_JOBS -> assertThat(allAvailableTo(caller).contains(booking))
                    .as("%s: a PENDING booking is available to providers of its type and no one else", row)
                    .isEqualTo(row.caller() == PROVIDER_OF_TYPE && row.state() == PENDING);
            case CLAIM_JOB -> {
                assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("ACCEPTED");
                assertThat(read(body, "$.provider.id")).as("%s: provider after", row).isEqualTo(caller.id().toString());
            }
            case MY_JOBS -> assertThat(ids(body)).as("%s: the job is listed only to its claimer", row)
                    .isEqualTo(row.caller() == CLAIMER ? List.of(booking) : List.of());
            case SET_OFF -> assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("EN_ROUTE");
            case ARRIVE -> assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("IN_PROGRESS");
            case COMPLETE_JOB -> assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("COMPLETED");
            case RELEASE_JOB -> assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("PENDING");
            case BOOKING_STEPS -> assertThat(JsonPath.<List<String>>read(body, "$[*].status")).as("%s: the steps", row)
                    .containsExactly("PENDING", "ACCEPTED");
            case OVERDUE_BOOKINGS -> assertThat(ids(body)).as("%s: a visit on time is not overdue", row)
                    .doesNotContain(booking);
            case RELEASE_OVERDUE, CANCEL_OVERDUE -> throw new AssertionError("the scene's visit is not overdue");
            case DUTY -> {
                assertThat(JsonPath.<Boolean>read(body, "$.onDuty")).as("%s: on duty while verified", row)
                        .isEqualTo(row.caller() != UNVERIFIED && row.caller() != REJECTED && row.caller() != SUSPENDED);
                assertThat(JsonPath.<Integer>read(body, "$.activeVisits")).as("%s: visits held", row)
                        .isEqualTo(row.caller() == CLAIMER ? 1 : 0);
            }
            case SET_DUTY -> assertThat(JsonPath.<Boolean>read(body, "$.onDuty")).as("%s: on duty after", row).isTrue();
            case PROVIDER_RATINGS -> {
                assertThat(JsonPath.<Integer>read(body, "$.count")).as("%s: ratings count", row).isEqualTo(0);
                assertThat(JsonPath.<List<?>>read(body, "$.items")).as("%s: ratings", row).isEmpty();
            }
            case CREATE_ADMIN -> assertThat(read(body, "$.role")).as("%s: role of the new account", row).isEqualTo("ADMIN");
            case LIST_PROVIDERS -> assertThat(JsonPath.<List<String>>read(body, "$.items[*].role")).as("%s: providers", row)
                    .isNotEmpty().containsOnly("PROVIDER");
            case GET_PROVIDER -> assertThat(read(body, "$.id")).as("%s: provider shown", row)
                    .isEqualTo(scene.subject().id().toString());
            case APPROVE_PROVIDER, REINSTATE_PROVIDER -> assertThat(read(body, "$.verification.status"))
                    .as("%s: status after", row).isEqualTo("VERIFIED");
            case REJECT_PROVIDER -> assertThat(read(body, "$.verification.status")).as("%s: status after", row)
                    .isEqualTo("REJECTED");
            case SUSPEND_PROVIDER -> assertThat(read(body, "$.verification.status")).as("%s: status after", row)
                    .isEqualTo("SUSPENDED");
            case AUDIT_LOG -> assertThat(JsonPath.<String>read(body, "$.items[0].subjectId")).as("%s: the newest entry", row)
                    .isEqualTo(scene.claimer().id().toString());
            case PLATFORM_BOOKINGS -> {
                // Oldest first: the scene's booking, the newest, is on the last page of every case's bookings.
                assertThat(JsonPath.<Integer>read(body, "$.total")).as("%s: bookings of every patient", row).isPositive();
                assertThat(JsonPath.<List<Object>>read(body, "$.items[*].phone")).as("%s: phones in the list", row)
                        .containsOnlyNulls();
            }
            case WAITING_BOOKINGS -> assertThat(ids(body)).as("%s: a booking made a moment ago is not waiting too long", row)
                    .doesNotContain(booking);
            case PLATFORM_BOOKING -> {
                assertThat(read(body, "$.id")).as("%s: booking shown", row).isEqualTo(booking);
                assertThat(read(body, "$.phone")).as("%s: the phone, read whole", row).isNotNull();
            }
            case BOOKING_STREAM, JOB_STREAM, PLATFORM_STREAM -> throw new AssertionError("streams are checked as they open");
        }
    }

    /** A refused call changed nothing: its patient still sees the booking exactly as the scene left it. */
    private void assertBookingUntouched(AccessScene scene, Case row) {
        if (!row.route().changesBooking()) {
            return;
        }
        String body = ProblemAssertions.body(api().get("/api/bookings/" + scene.booking(), scene.owner())
                .expectStatus().isOk().expectBody().returnResult());
        assertThat(read(body, "$.status")).as("%s: status after the refusal", row).isEqualTo(row.state().name());
        assertThat(JsonPath.<Object>read(body, "$.provider")).as("%s: provider after the refusal", row)
                .isEqualTo(row.state() == PENDING ? null : Map.of("id", scene.claimer().id().toString(),
                        "name", scene.claimer().name()));
        assertThat(JsonPath.<Object>read(body, "$.rating")).as("%s: rating after the refusal", row).isNull();
    }

    /** A refused administrator's change left its subject in the status it was in. */
    private void assertSubjectUntouched(AccessScene scene, Case row) {
        if (!row.route().changesSubject()) {
            return;
        }
        String body = ProblemAssertions.body(api().get("/api/admin/providers/" + scene.subject().id(), api().admin())
                .expectStatus().isOk().expectBody().returnResult());
        assertThat(read(body, "$.verification.status")).as("%s: the subject's status after the refusal", row)
                .isEqualTo(row.route().subjectStatus());
    }

    @Test
    void registerAndLoginWhenAnonymousThenPublic() {
        Map<String, Object> registration = Map.of("name", "Grace", "email", "grace@example.test",
                "password", "longenough", "role", "USER");
        api().post("/api/auth/register", null, registration).expectStatus().isCreated();
        api().post("/api/auth/login", null, Map.of("email", "grace@example.test", "password", "longenough"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.accessToken").isNotEmpty();
    }

    /** The unbroken control: were it refused, every refusal of a forgery below would prove nothing. */
    @Test
    void tokenBuiltLikeTheServiceDoesThenAccepted() {
        Account patient = api().patient();
        String token = forger(patient).sign();
        http.get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(patient.id().toString());
    }

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                forgery("signed by another RSA key", forger -> forger.signingKey(ANOTHER_KEY).sign()),
                // Five minutes past its expiry: well past any clock skew the verifier tolerates.
                forgery("expired", forger -> forger.issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                        .expiresAt(Instant.now().minus(Duration.ofMinutes(5))).sign()),
                forgery("alg none, unsigned", TokenForger::unsigned),
                forgery("HS256 keyed with the public key", TokenForger::signHs256WithThePublicKey),
                forgery("issued by someone else", forger -> forger.issuer("someone-else").sign()),
                forgery("for another audience", forger -> forger.audience("another-api").sign()),
                forgery("payload edited to another role", forger -> forger.signThenEditPayload(
                        payload -> payload.replace("\"role\":\"USER\"", "\"role\":\"PROVIDER\""))),
                forgery("not a JWT at all", forger -> "not-a-jwt"));
    }

    private static Arguments forgery(String name, Function<TokenForger, String> forge) {
        return Arguments.of(Named.of(name, forge));
    }

    @ParameterizedTest(name = "token {0} -> 401")
    @MethodSource("forgedTokens")
    void forgedTokenThenUnauthorized(Function<TokenForger, String> forge) {
        Account patient = api().patient();
        String token = forge.apply(forger(patient));
        EntityExchangeResult<byte[]> result = http.get().uri("/api/me").headers(h -> h.setBearerAuth(token))
                .exchange().expectBody().returnResult();
        assertProblem(result, 401, "GET /api/me with a forged token");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .as("a refused token is answered with a Bearer challenge").startsWith("Bearer");
    }

    /** The patient's token as the service would issue it, which each forgery then breaks in one way. */
    private TokenForger forger(Account patient) {
        return TokenForger.accessToken(signingKey, patient.id(), "USER")
                .issuer(jwtProperties.issuer()).audience(jwtProperties.audience());
    }

    private static String read(String body, String path) {
        return JsonPath.read(body, path);
    }

    /** Every job available to the provider: the database is shared by all the cases of this class. */
    private List<String> allAvailableTo(Account provider) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = ProblemAssertions.body(api().get("/api/jobs/available?size=100&page=" + page, provider)
                    .expectStatus().isOk().expectBody().returnResult());
            List<String> items = ids(body);
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static List<String> ids(String page) {
        return JsonPath.read(page, "$.items[*].id");
    }
}
