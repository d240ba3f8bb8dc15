package com.medondoor.system;

import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every path the service serves takes the methods it is routed for and no other: each other method is a
 * 405 naming them in {@code Allow}, HEAD is answered wherever GET is (the same status and headers, no
 * body), and a path no route serves stays a 404. The routes come from the OpenAPI document, which
 * {@code OpenApiContractTests} keeps equal to the real ones, so a new route is covered as it is added.
 */
class RouteMethodsIntegrationTests extends IntegrationTest {

    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE);
    /** Differ between any two answers, or frame the body rather than describe it. */
    private static final Set<String> PER_ANSWER = Set.of("x-request-id", "date", "transfer-encoding");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AccessRules rules = SecurityConfig.accessRules();
    private Account patient;
    private Account provider;
    private Account admin;

    @BeforeEach
    void accounts() {
        patient = api().patient();
        provider = api().provider(ServiceType.NURSE_VISIT);
        admin = api().admin();
    }

    @Test
    void everyRouteAnswersAMethodItLacksWith405AndAllow() {
        int checked = 0;
        for (Map.Entry<String, Set<HttpMethod>> route : documentedRoutes().entrySet()) {
            String path = withIds(route.getKey());
            Set<HttpMethod> allow = new LinkedHashSet<>(route.getValue());
            if (allow.contains(HttpMethod.GET)) {
                allow.add(HttpMethod.HEAD);
            }
            for (HttpMethod method : METHODS) {
                if (route.getValue().contains(method)) {
                    continue;
                }
                String what = method + " " + route.getKey();
                EntityExchangeResult<byte[]> result = http.method(method).uri(path)
                        .headers(h -> h.setBearerAuth(admitted(method, path).token()))
                        .exchange().expectBody().returnResult();
                Map<String, Object> problem = assertProblem(result, 405, what);
                assertThat(problem.get("type")).as("%s: problem type", what)
                        .isEqualTo("https://medondoor.app/problems/method-not-allowed");
                assertThat(problem.get("instance")).as("%s: instance", what).isEqualTo(path);
                assertThat(Set.copyOf(result.getResponseHeaders().getAllow())).as("%s: Allow", what)
                        .isEqualTo(allow);
                checked++;
            }
        }
        assertThat(checked).as("routes and methods checked").isGreaterThan(40);
    }

    @Test
    void headIsAnsweredLikeGetWithoutABody() {
        List<String> paths = new ArrayList<>(List.of("/v3/api-docs", "/v3/api-docs.yaml", "/", "/login",
                "/bookings/" + UUID.randomUUID()));
        documentedRoutes().forEach((template, methods) -> {
            if (methods.contains(HttpMethod.GET)) {
                paths.add(withIds(template));
            }
        });
        for (String path : paths) {
            Account caller = admitted(HttpMethod.GET, path);
            FluxExchangeResult<byte[]> get = http.get().uri(path).headers(h -> h.setBearerAuth(caller.token()))
                    .exchange().returnResult(byte[].class);
            boolean stream = MediaType.TEXT_EVENT_STREAM.isCompatibleWith(get.getResponseHeaders().getContentType());
            if (stream) {
                // A stream is never done: only its head is compared, then it is closed.
                get.getResponseBody().take(0).blockLast(TIMEOUT);
            }
            else {
                get.getResponseBody().blockLast(TIMEOUT);
            }

            EntityExchangeResult<byte[]> head = http.head().uri(path).headers(h -> h.setBearerAuth(caller.token()))
                    .exchange().expectBody().returnResult();
            assertThat(head.getStatus()).as("HEAD %s: status, as GET's", path).isEqualTo(get.getStatus());
            assertThat(comparable(head.getResponseHeaders())).as("HEAD %s: headers, as GET's", path)
                    .isEqualTo(comparable(get.getResponseHeaders()));
            assertThat(head.getResponseBody()).as("HEAD %s: body", path).isNullOrEmpty();
        }
    }

    @Test
    void pathNoRouteServesIsNotFoundWhateverTheMethod() {
        for (String path : List.of("/api/nothing/here", "/api/bookings/" + UUID.randomUUID() + "/nothing",
                "/api", "/assets/missing.js")) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.DELETE)) {
                EntityExchangeResult<byte[]> result = http.method(method).uri(path)
                        .headers(h -> h.setBearerAuth(patient.token())).exchange().expectBody().returnResult();
                assertThat(result.getStatus().value()).as("%s %s: status", method, path).isEqualTo(404);
                assertThat(result.getResponseHeaders().getContentType()).as("%s %s: content type", method, path)
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(result.getResponseHeaders().getAllow()).as("%s %s: Allow", method, path).isEmpty();
            }
        }
    }

    /** Authentication comes first: a wrong method tells a caller without access nothing a right one would not. */
    @Test
    void wrongMethodWithoutAccessIsRefusedAsTheRightOneIs() {
        EntityExchangeResult<byte[]> anonymous = http.delete().uri("/api/bookings").exchange().expectBody().returnResult();
        assertThat(members(anonymous)).as("members of a 401, in order").containsExactly("type", "title", "status",
                "detail", "instance", "requestId");
        assertThat(withoutRequestId(anonymous)).as("DELETE /api/bookings without a token, as GET")
                .isEqualTo(withoutRequestId(http.get().uri("/api/bookings").exchange().expectBody().returnResult()));
        assertThat(anonymous.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("401's challenge")
                .isEqualTo("Bearer");

        EntityExchangeResult<byte[]> wrongRole = http.put().uri("/api/jobs/" + UUID.randomUUID() + "/claim")
                .headers(h -> h.setBearerAuth(patient.token())).exchange().expectBody().returnResult();
        Map<String, Object> problem = assertProblem(wrongRole, 403, "a patient's PUT on a job");
        assertThat(problem.get("type")).as("403's type").isEqualTo("https://medondoor.app/problems/forbidden");
        assertThat(problem.get("requestId")).as("403's requestId is the answer's X-Request-Id")
                .isEqualTo(wrongRole.getResponseHeaders().getFirst("X-Request-Id"));
        assertThat(members(wrongRole)).as("members of a 403, in order").containsExactly("type", "title", "status",
                "detail", "instance", "requestId");
    }

    /** Every path of the OpenAPI document with the methods it documents. */
    private Map<String, Set<HttpMethod>> documentedRoutes() {
        Map<?, ?> description = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Set<HttpMethod>> routes = new TreeMap<>();
        ((Map<?, ?>) description.get("paths")).forEach((path, operations) -> ((Map<?, ?>) operations).keySet()
                .forEach(method -> routes.computeIfAbsent((String) path, p -> new LinkedHashSet<>())
                        .add(HttpMethod.valueOf(method.toString().toUpperCase()))));
        return routes;
    }

    private static String withIds(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The patient, the provider or the administrator, whichever the access rules let through, so that the route itself answers. */
    private Account admitted(HttpMethod method, String path) {
        for (Account account : List.of(patient, provider, admin)) {
            String role = account == patient ? "ROLE_USER" : account == provider ? "ROLE_PROVIDER" : "ROLE_ADMIN";
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
            AuthorizationResult result = rules.authorize(Mono.just(new TestingAuthenticationToken("caller", "", role)),
                    new AuthorizationContext(exchange)).block();
            if (result != null && result.isGranted()) {
                return account;
            }
        }
        throw new AssertionError("no patient, provider or administrator may call " + method + " " + path);
    }

    private static Map<String, List<String>> comparable(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (!PER_ANSWER.contains(name.toLowerCase())) {
                kept.put(name.toLowerCase(), values);
            }
        });
        return kept;
    }

    private static List<String> members(EntityExchangeResult<byte[]> result) {
        return List.copyOf(parse(result).keySet());
    }

    private static Map<String, Object> withoutRequestId(EntityExchangeResult<byte[]> result) {
        Map<String, Object> body = parse(result);
        body.remove("requestId");
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(EntityExchangeResult<byte[]> result) {
        return JsonMapper.builder().build().readValue(new String(result.getResponseBody(), StandardCharsets.UTF_8),
                LinkedHashMap.class);
    }
}
