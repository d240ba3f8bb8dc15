package com.medondoor.system.access;

import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.system.access.AccessScene.Caller.ANONYMOUS;
import static com.medondoor.system.access.AccessScene.Caller.CLAIMER;
import static com.medondoor.system.access.AccessScene.Caller.OTHER_PATIENT;
import static com.medondoor.system.access.AccessScene.Caller.OWNER;
import static com.medondoor.system.access.AccessScene.Caller.PROVIDER_OF_OTHER_TYPE;
import static com.medondoor.system.access.AccessScene.Caller.PROVIDER_OF_TYPE;
import static com.medondoor.system.access.AccessScene.Route.AVAILABLE_JOBS;
import static com.medondoor.system.access.AccessScene.Route.CANCEL_BOOKING;
import static com.medondoor.system.access.AccessScene.Route.CLAIM_JOB;
import static com.medondoor.system.access.AccessScene.Route.COMPLETE_JOB;
import static com.medondoor.system.access.AccessScene.Route.CREATE_BOOKING;
import static com.medondoor.system.access.AccessScene.Route.GET_BOOKING;
import static com.medondoor.system.access.AccessScene.Route.LIST_BOOKINGS;
import static com.medondoor.system.access.AccessScene.Route.LOGOUT;
import static com.medondoor.system.access.AccessScene.Route.ME;
import static com.medondoor.system.access.AccessScene.Route.MY_JOBS;
import static com.medondoor.system.access.AccessScene.Route.PROVIDER_RATINGS;
import static com.medondoor.system.access.AccessScene.Route.RATE_BOOKING;
import static com.medondoor.system.access.AccessScene.State.ACCEPTED;
import static com.medondoor.system.access.AccessScene.State.COMPLETED;
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
import com.medondoor.system.access.AccessScene.Caller;
import com.medondoor.system.access.AccessScene.Route;
import com.medondoor.system.access.AccessScene.State;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Every route of the contract against every kind of caller, each case on a scene of its own. A refusal
 * must be the contract's problem and must leave the booking as it was; an allowed call must really
 * succeed, with the status and the data the contract promises.
 */
class AccessMatrixIntegrationTests extends IntegrationTest {

    @Autowired
    private RSAKey signingKey;

    @Autowired
    private JwtProperties jwtProperties;

    record Case(Route route, Caller caller, State state, int expected) {
        @Override
        public String toString() {
            return "%s by %s on a %s booking -> %d".formatted(route, caller, state, expected);
        }
    }

    private static Case row(Route route, Caller caller, State state, int expected) {
        return new Case(route, caller, state, expected);
    }

    static Stream<Case> matrix() {
        return Stream.of(
                // route            caller                  booking    expected
                row(LOGOUT,           ANONYMOUS,              PENDING,   401),
                row(LOGOUT,           OWNER,                  PENDING,   204),
                row(LOGOUT,           OTHER_PATIENT,          PENDING,   204),
                row(LOGOUT,           PROVIDER_OF_TYPE,       PENDING,   204),
                row(LOGOUT,           PROVIDER_OF_OTHER_TYPE, PENDING,   204),
                row(LOGOUT,           CLAIMER,                ACCEPTED,  204),

                row(ME,               ANONYMOUS,              PENDING,   401),
                row(ME,               OWNER,                  PENDING,   200),
                row(ME,               OTHER_PATIENT,          PENDING,   200),
                row(ME,               PROVIDER_OF_TYPE,       PENDING,   200),
                row(ME,               PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(ME,               CLAIMER,                ACCEPTED,  200),

                row(CREATE_BOOKING,   ANONYMOUS,              PENDING,   401),
                row(CREATE_BOOKING,   OWNER,                  PENDING,   201),
                row(CREATE_BOOKING,   OTHER_PATIENT,          PENDING,   201),
                row(CREATE_BOOKING,   PROVIDER_OF_TYPE,       PENDING,   403),
                row(CREATE_BOOKING,   PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(CREATE_BOOKING,   CLAIMER,                ACCEPTED,  403),

                row(LIST_BOOKINGS,    ANONYMOUS,              PENDING,   401),
                row(LIST_BOOKINGS,    OWNER,                  PENDING,   200),
                row(LIST_BOOKINGS,    OTHER_PATIENT,          PENDING,   200),
                row(LIST_BOOKINGS,    PROVIDER_OF_TYPE,       PENDING,   403),
                row(LIST_BOOKINGS,    PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(LIST_BOOKINGS,    CLAIMER,                ACCEPTED,  403),

                row(GET_BOOKING,      ANONYMOUS,              PENDING,   401),
                row(GET_BOOKING,      OWNER,                  PENDING,   200),
                row(GET_BOOKING,      OTHER_PATIENT,          PENDING,   404),
                row(GET_BOOKING,      PROVIDER_OF_TYPE,       PENDING,   403),
                row(GET_BOOKING,      PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(GET_BOOKING,      CLAIMER,                ACCEPTED,  403),

                row(CANCEL_BOOKING,   ANONYMOUS,              PENDING,   401),
                row(CANCEL_BOOKING,   OWNER,                  PENDING,   200),
                row(CANCEL_BOOKING,   OTHER_PATIENT,          PENDING,   404),
                row(CANCEL_BOOKING,   PROVIDER_OF_TYPE,       PENDING,   403),
                row(CANCEL_BOOKING,   PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(CANCEL_BOOKING,   CLAIMER,                ACCEPTED,  403),

                row(RATE_BOOKING,     ANONYMOUS,              COMPLETED, 401),
                row(RATE_BOOKING,     OWNER,                  COMPLETED, 201),
                row(RATE_BOOKING,     OTHER_PATIENT,          COMPLETED, 404),
                row(RATE_BOOKING,     PROVIDER_OF_TYPE,       COMPLETED, 403),
                row(RATE_BOOKING,     PROVIDER_OF_OTHER_TYPE, COMPLETED, 403),
                row(RATE_BOOKING,     CLAIMER,                COMPLETED, 403),

                row(AVAILABLE_JOBS,   ANONYMOUS,              PENDING,   401),
                row(AVAILABLE_JOBS,   OWNER,                  PENDING,   403),
                row(AVAILABLE_JOBS,   OTHER_PATIENT,          PENDING,   403),
                row(AVAILABLE_JOBS,   PROVIDER_OF_TYPE,       PENDING,   200),
                row(AVAILABLE_JOBS,   PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(AVAILABLE_JOBS,   CLAIMER,                ACCEPTED,  200),

                row(CLAIM_JOB,        ANONYMOUS,              PENDING,   401),
                row(CLAIM_JOB,        OWNER,                  PENDING,   403),
                row(CLAIM_JOB,        OTHER_PATIENT,          PENDING,   403),
                row(CLAIM_JOB,        PROVIDER_OF_TYPE,       PENDING,   200),
                row(CLAIM_JOB,        PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(CLAIM_JOB,        PROVIDER_OF_OTHER_TYPE, ACCEPTED,  403),
                row(CLAIM_JOB,        PROVIDER_OF_TYPE,       ACCEPTED,  409),
                row(CLAIM_JOB,        PROVIDER_OF_TYPE,       COMPLETED, 409),
                row(CLAIM_JOB,        CLAIMER,                ACCEPTED,  409),

                row(MY_JOBS,          ANONYMOUS,              ACCEPTED,  401),
                row(MY_JOBS,          OWNER,                  ACCEPTED,  403),
                row(MY_JOBS,          OTHER_PATIENT,          ACCEPTED,  403),
                row(MY_JOBS,          PROVIDER_OF_TYPE,       ACCEPTED,  200),
                row(MY_JOBS,          PROVIDER_OF_OTHER_TYPE, ACCEPTED,  200),
                row(MY_JOBS,          CLAIMER,                ACCEPTED,  200),

                row(COMPLETE_JOB,     ANONYMOUS,              ACCEPTED,  401),
                row(COMPLETE_JOB,     OWNER,                  ACCEPTED,  403),
                row(COMPLETE_JOB,     OTHER_PATIENT,          ACCEPTED,  403),
                row(COMPLETE_JOB,     PROVIDER_OF_TYPE,       ACCEPTED,  404),
                row(COMPLETE_JOB,     PROVIDER_OF_OTHER_TYPE, ACCEPTED,  404),
                row(COMPLETE_JOB,     CLAIMER,                ACCEPTED,  200),

                row(PROVIDER_RATINGS, ANONYMOUS,              COMPLETED, 401),
                row(PROVIDER_RATINGS, OWNER,                  COMPLETED, 200),
                row(PROVIDER_RATINGS, OTHER_PATIENT,          COMPLETED, 200),
                row(PROVIDER_RATINGS, PROVIDER_OF_TYPE,       COMPLETED, 200),
                row(PROVIDER_RATINGS, PROVIDER_OF_OTHER_TYPE, COMPLETED, 200),
                row(PROVIDER_RATINGS, CLAIMER,                COMPLETED, 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void routeAnswersEachCallerAsTheContractSays(Case row) {
        AccessScene scene = AccessScene.build(api(), row.state());
        Account caller = scene.account(row.caller());
        String path = scene.path(row.route());
        EntityExchangeResult<byte[]> result = (row.route().method.equals("GET") ? api().get(path, caller)
                : api().post(path, caller, AccessScene.body(row.route())))
                .expectBody().returnResult();

        if (row.expected() >= 400) {
            assertProblem(result, row.expected(), row.toString());
            assertBookingUntouched(scene, row);
        }
        else {
            assertThat(result.getStatus().value()).as("%s: HTTP status, body %s", row, ProblemAssertions.body(result))
                    .isEqualTo(row.expected());
            assertSucceeded(row, scene, caller, ProblemAssertions.body(result));
        }
    }

    /** An allowed call did what the contract says, for this caller and no one else. */
    private void assertSucceeded(Case row, AccessScene scene, Account caller, String body) {
        String booking = scene.booking().toString();
        switch (row.route()) {
            case LOGOUT -> api().get("/api/me", caller).expectStatus().isUnauthorized();
            case ME -> assertThat(read(body, "$.id")).as("%s: whose /api/me", row).isEqualTo(caller.id().toString());
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
            case COMPLETE_JOB -> assertThat(read(body, "$.status")).as("%s: status after", row).isEqualTo("COMPLETED");
            case PROVIDER_RATINGS -> {
                assertThat(JsonPath.<Integer>read(body, "$.count")).as("%s: ratings count", row).isEqualTo(0);
                assertThat(JsonPath.<List<?>>read(body, "$.items")).as("%s: ratings", row).isEmpty();
            }
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
                forgery("signed by another RSA key", forger -> forger.signingKey(TestKeys.newRsaKey()).sign()),
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
