package com.medondoor.system.input;

import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.ProblemAssertions.assertRevealsNoInternals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.ProblemAssertions;
import com.medondoor.system.access.AccessScene.Caller;
import com.medondoor.system.access.AccessScene.Route;
import com.medondoor.system.access.AccessScene.State;
import com.medondoor.system.access.AccessScene;
import com.medondoor.system.input.MalformedBodies.BodyCase;
import com.medondoor.system.input.MalformedBodies.BodyRoute;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Bodies and path ids that are wrong in every way a client (or an attacker) can make them wrong. Each must
 * be answered with a 4xx problem that has a detail and reveals nothing of the code behind it, and must
 * change nothing.
 *
 * <p>Since a refused request changes nothing (each case checks it), the cases of one route share one
 * prepared target or scene, made once per class: an instance per class keeps them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    private final Map<BodyRoute, Target> targets = new EnumMap<>(BodyRoute.class);
    private final Map<IdRoute, AccessScene> scenes = new EnumMap<>(IdRoute.class);

    /** Where a body goes, who sends it, and a body that would succeed there. */
    record Target(String path, Account caller, Map<String, Object> validBody, int success) {
    }

    private Target prepare(BodyRoute route) {
        return switch (route) {
            case REGISTER -> new Target("/api/auth/register", null, MalformedBodies.registration(), 201);
            case LOGIN -> {
                Account patient = api().patient();
                yield new Target("/api/auth/login", null,
                        Map.of("email", patient.email(), "password", "correct horse battery"), 200);
            }
            case CREATE_BOOKING -> new Target("/api/bookings", api().patient(), MalformedBodies.booking(), 201);
            case RATE_BOOKING -> {
                AccessScene scene = AccessScene.build(api(), State.COMPLETED);
                yield new Target("/api/bookings/" + scene.booking() + "/rating", scene.owner(),
                        Map.of("stars", 4, "review", "Kind and on time"), 201);
            }
        };
    }

    @ParameterizedTest(name = "valid body to {0} -> 2xx")
    @EnumSource(BodyRoute.class)
    void validBodyThenSucceeds(BodyRoute route) {
        Target target = prepare(route);
        EntityExchangeResult<byte[]> result = send(target, MediaType.APPLICATION_JSON,
                MalformedBodies.json(target.validBody())).expectBody().returnResult();
        assertThat(result.getStatus().value()).as("%s with a valid body: %s", route, ProblemAssertions.body(result))
                .isEqualTo(target.success());
    }

    static Stream<BodyCase> malformedBodies() {
        return MalformedBodies.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedBodyThenProblemWithoutInternals(BodyCase malformed) {
        Target target = targets.computeIfAbsent(malformed.route(), this::prepare);
        byte[] body = malformed.body().apply(target.validBody());
        StoredRows before = StoredRows.count(db);
        EntityExchangeResult<byte[]> result = send(target, malformed.contentType(), body).expectBody().returnResult();

        Map<String, Object> problem = assertProblem(result, malformed.expected(), malformed.toString());
        assertRevealsNoInternals(result, malformed.toString());
        if (malformed.field() != null) {
            assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].field"))
                    .as("%s: the problem names the failing field", malformed).contains(malformed.field());
        }
        assertThat(StoredRows.count(db)).as("%s: nothing stored", malformed).isEqualTo(before);
    }

    @Test
    void createBookingWithUnknownFieldsThenIgnoredAndPending() {
        Account patient = api().patient();
        Account someoneElse = api().patient();
        String chosenId = UUID.randomUUID().toString();
        Map<String, Object> body = new java.util.HashMap<>(MalformedBodies.booking());
        body.put("status", "COMPLETED");
        body.put("id", chosenId);
        body.put("patient", Map.of("id", someoneElse.id().toString(), "name", "Someone else"));
        body.put("provider", Map.of("id", someoneElse.id().toString(), "name", "Someone else"));
        body.put("rating", Map.of("stars", 5));

        api().post("/api/bookings", patient, body)
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.id").value(id -> assertThat(id).as("a client cannot choose the id").isNotEqualTo(chosenId))
                .jsonPath("$.patient.id").isEqualTo(patient.id().toString())
                .jsonPath("$.provider").value(p -> assertThat(p).as("a new booking has no provider").isNull())
                .jsonPath("$.rating").value(r -> assertThat(r).as("a new booking has no rating").isNull());
    }

    /** The id routes, each with the caller and booking state under which a well-formed id succeeds. */
    enum IdRoute {
        GET_BOOKING(Route.GET_BOOKING, Caller.OWNER, State.PENDING, 200),
        CANCEL_BOOKING(Route.CANCEL_BOOKING, Caller.OWNER, State.PENDING, 200),
        RATE_BOOKING(Route.RATE_BOOKING, Caller.OWNER, State.COMPLETED, 201),
        CLAIM_JOB(Route.CLAIM_JOB, Caller.PROVIDER_OF_TYPE, State.PENDING, 200),
        SET_OFF(Route.SET_OFF, Caller.CLAIMER, State.ACCEPTED, 200),
        ARRIVE(Route.ARRIVE, Caller.CLAIMER, State.EN_ROUTE, 200),
        COMPLETE_JOB(Route.COMPLETE_JOB, Caller.CLAIMER, State.IN_PROGRESS, 200),
        PROVIDER_RATINGS(Route.PROVIDER_RATINGS, Caller.OWNER, State.COMPLETED, 200);

        final Route route;
        final Caller caller;
        final State state;
        final int success;

        IdRoute(Route route, Caller caller, State state, int success) {
            this.route = route;
            this.caller = caller;
            this.state = state;
            this.success = success;
        }

        String template() {
            return route.template.replace("{booking}", "{id}").replace("{claimer}", "{id}");
        }

        String realId(AccessScene scene) {
            return (this == PROVIDER_RATINGS ? scene.claimer().id() : scene.booking()).toString();
        }
    }

    /** Ids that reach the handler, which must refuse them as not being UUIDs. */
    private static final List<String> NOT_UUIDS = List.of(
            "not-a-uuid",
            "1' OR '1'='1",
            "00000000-0000-0000-0000-000000000000' OR 1=1 --",
            "1-1-1-1-1",
            "0f14d0ab94554e06b8e51e8e0c7c4a2b",
            "{0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2b}",
            "0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2b0",
            "0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2g",
            " 0f14d0ab-9455-4e06-b8e5-1e8e0c7c4a2b",
            "42");

    /**
     * Ids whose encoding Spring Security's firewall refuses before any handler runs (an encoded slash,
     * semicolon, percent, backslash or control character): still a 400 problem, but it cannot name a field.
     */
    private static final List<Named<String>> REFUSED_BY_THE_FIREWALL = List.of(
            Named.of("'; DROP TABLE bookings; --", "'; DROP TABLE bookings; --"),
            Named.of("../../api/me", "../../api/me"),
            Named.of("100%", "100%"),
            Named.of("a\\b", "a\\b"),
            Named.of("a<NUL>b", "a\u0000b"));

    static Stream<Arguments> malformedIds() {
        return Stream.of(IdRoute.values()).flatMap(route -> Stream.concat(
                NOT_UUIDS.stream().map(id -> Arguments.of(route, Named.of(id, id), true)),
                REFUSED_BY_THE_FIREWALL.stream().map(id -> Arguments.of(route, id, false))));
    }

    @ParameterizedTest(name = "{0} with id [{1}] -> 400")
    @MethodSource("malformedIds")
    void malformedIdThenBadRequestAndNothingChanged(IdRoute route, String id, boolean namesTheField) {
        AccessScene scene = scenes.computeIfAbsent(route, unused -> AccessScene.build(api(), route.state));
        String what = route + " with id [" + id + "]";
        EntityExchangeResult<byte[]> result = call(route, scene, id).expectBody().returnResult();

        Map<String, Object> problem = assertProblem(result, 400, what);
        assertRevealsNoInternals(result, what);
        if (namesTheField) {
            assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].field")).as("%s: failing field", what)
                    .containsExactly("id");
        }
        api().get("/api/bookings/" + scene.booking(), scene.owner()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo(route.state.name());
    }

    /**
     * {@link Ids#pathId} compares case-insensitively, so an upper-case UUID names the same resource: RFC 9562
     * says UUIDs are case-insensitive on input. Every id route must agree.
     */
    @ParameterizedTest(name = "{0} with an upper-case id -> same as lower case")
    @EnumSource(IdRoute.class)
    void upperCaseIdThenSameResource(IdRoute route) {
        AccessScene scene = AccessScene.build(api(), route.state);
        String id = route.realId(scene);
        EntityExchangeResult<byte[]> result = call(route, scene, id.toUpperCase(Locale.ROOT))
                .expectBody().returnResult();
        String body = ProblemAssertions.body(result);
        assertThat(result.getStatus().value()).as("%s with an upper-case id: %s", route, body).isEqualTo(route.success);
        String shown = route == IdRoute.PROVIDER_RATINGS ? null
                : JsonPath.read(body, route == IdRoute.RATE_BOOKING ? "$.bookingId" : "$.id");
        if (shown != null) {
            assertThat(shown).as("%s: the resource acted on, in canonical lower case", route).isEqualTo(id);
        }
    }

    private WebTestClient.ResponseSpec call(IdRoute route, AccessScene scene, String id) {
        Account caller = scene.account(route.caller);
        var request = http.method(HttpMethod.valueOf(route.route.method)).uri(route.template(), id)
                .headers(h -> h.setBearerAuth(caller.token()));
        return route == IdRoute.RATE_BOOKING
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("stars", 5)).exchange()
                : request.exchange();
    }

    private WebTestClient.ResponseSpec send(Target target, MediaType contentType, byte[] body) {
        return http.post().uri(target.path())
                .headers(h -> {
                    if (target.caller() != null) {
                        h.setBearerAuth(target.caller().token());
                    }
                })
                .contentType(contentType)
                .bodyValue(body)
                .exchange();
    }
}
