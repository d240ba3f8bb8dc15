package com.medondoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.assertj.WebTestClientResponse;

/**
 * What every refusal of the API must look like, RFC 9457 problem bodies that give nothing away, and JSON
 * bodies read as maps. The one place tests check a problem's shape.
 */
public final class ProblemAssertions {

    /** Every problem's {@code type} is this, followed by the problem's slug. */
    public static final String TYPES = "https://medondoor.app/problems/";

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

    /** A fully qualified name in a package a leak would come from: the JDK, a library, or our own code. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|sun|jdk|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.postgresql"
                    + "|io\\.r2dbc|io\\.netty|reactor|com\\.nimbusds|com\\.medondoor)\\.[A-Za-z]");

    private ProblemAssertions() {
    }

    /** Expects a problem body with this status and every member the contract promises. */
    public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, HttpStatus status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.detail").isNotEmpty();
    }

    /** Expects a 400 whose {@code errors} name this field. */
    public static WebTestClient.BodyContentSpec expectInvalid(WebTestClient.ResponseSpec response, String field) {
        return expectProblem(response, HttpStatus.BAD_REQUEST)
                .jsonPath("$.errors[*].field").value(List.class, fields -> assertThat((List<Object>) fields)
                        .as("the fields the problem names").contains(field));
    }

    /** Expects a 409 on a booking's status that says which status the booking is in now. */
    public static WebTestClient.BodyContentSpec expectStatusConflict(WebTestClient.ResponseSpec response,
            String currentStatus) {
        return expectProblem(response, HttpStatus.CONFLICT)
                .jsonPath("$.currentStatus").isEqualTo(currentStatus);
    }

    /** The problem body without {@code requestId}, the one member that differs on every request. */
    public static Map<String, Object> problemWithoutRequestId(WebTestClient.ResponseSpec response,
            HttpStatus status) {
        Map<String, Object> body = new HashMap<>(json(response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)));
        body.remove("requestId");
        return body;
    }

    /** The body of a response whose status has already been checked, as a JSON object. */
    public static Map<String, Object> json(WebTestClient.ResponseSpec response) {
        return response.expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    /**
     * Asserts the answer is a problem with this status: {@code application/problem+json}, a {@code status}
     * member equal to the HTTP status, a {@code title} and a {@code detail}; {@code what} names the case.
     */
    public static Map<String, Object> assertProblem(EntityExchangeResult<byte[]> result, int expectedStatus,
            String what) {
        assertThat(result.getStatus().value()).as("%s: HTTP status", what).isEqualTo(expectedStatus);
        MediaType contentType = result.getResponseHeaders().getContentType();
        assertThat(contentType).as("%s: content type of a %d", what, expectedStatus).isNotNull();
        assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("%s: content type %s should be application/problem+json", what, contentType).isTrue();
        String body = body(result);
        Map<String, Object> problem = JsonPath.parse(body).read("$");
        assertThat(problem.get("status")).as("%s: the problem's status member in %s", what, body)
                .isEqualTo(expectedStatus);
        assertThat(problem.get("title")).as("%s: the problem's title in %s", what, body)
                .isInstanceOf(String.class).asString().isNotBlank();
        assertThat(problem.get("detail")).as("%s: the problem's detail in %s", what, body)
                .isInstanceOf(String.class).asString().isNotBlank();
        return problem;
    }

    /** Asserts the body names no Java class, no exception and has no stack trace. */
    public static void assertRevealsNoInternals(EntityExchangeResult<byte[]> result, String what) {
        String body = body(result);
        assertThat(body).as("%s: the body mentions an exception: %s", what, body).doesNotContainIgnoringCase("exception");
        assertThat(body).as("%s: the body has a stack trace line: %s", what, body)
                .doesNotContain("at com.").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("Caused by");
        assertThat(QUALIFIED_NAME.matcher(body).find()).as("%s: the body names a Java class: %s", what, body).isFalse();
    }

    public static String body(EntityExchangeResult<byte[]> result) {
        byte[] bytes = result.getResponseBody();
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The whole answer, read, for AssertJ: {@code assertThat(answer(response)).hasStatus(…).bodyJson()…}. */
    public static WebTestClientResponse answer(WebTestClient.ResponseSpec response) {
        return WebTestClientResponse.from(response.expectBody().returnResult());
    }

    /**
     * Asserts the answer is a problem of this status and type ({@link #TYPES} and {@code slug}), with every
     * member the contract promises: {@code application/problem+json}, {@code status}, a {@code title} and a
     * {@code detail}, the request's path as {@code instance}, and the {@code X-Request-Id} as {@code requestId}.
     * Returns the body, for the assertions on a problem's own members.
     */
    public static Map<String, Object> assertProblem(WebTestClient.ResponseSpec response, HttpStatus status, String slug) {
        return assertProblem(response.expectBody().returnResult(), status, slug);
    }

    /** {@link #assertProblem(WebTestClient.ResponseSpec, HttpStatus, String)} of an answer already read. */
    public static Map<String, Object> assertProblem(EntityExchangeResult<byte[]> result, HttpStatus status, String slug) {
        String request = result.getMethod() + " " + result.getUrl().getRawPath();
        String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(result.getStatus()).as("%s: status, body %s", request, body).isEqualTo(status);
        assertThat(result.getResponseHeaders().getContentType()).as("%s: content type of the %s", request, status)
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Map<String, Object> problem = JsonPath.parse(body).read("$");
        assertThat(problem).as("%s: problem", request)
                .containsEntry("type", TYPES + slug)
                .containsEntry("status", status.value())
                .containsEntry("instance", result.getUrl().getRawPath())
                .containsEntry("requestId", result.getResponseHeaders().getFirst("X-Request-Id"));
        assertThat(problem.get("title")).as("%s: the problem's title", request).asString().isNotBlank();
        assertThat(problem.get("detail")).as("%s: the problem's detail", request).asString().isNotBlank();
        return problem;
    }

    /**
     * Asserts a 400 {@code invalid-request} problem whose {@code errors} name exactly these fields, in this
     * order (alphabetical, as the service sorts them), each with a message; without fields, a 400 that names
     * none and so has no {@code errors}. Returns the body.
     */
    public static Map<String, Object> assertInvalid(WebTestClient.ResponseSpec response, String... fields) {
        Map<String, Object> problem = assertProblem(response, HttpStatus.BAD_REQUEST, "invalid-request");
        if (fields.length == 0) {
            assertThat(problem).as("a 400 that names no field").doesNotContainKey("errors");
            return problem;
        }
        List<Map<String, Object>> errors = JsonPath.read(problem, "$.errors");
        assertThat(errors).as("fields named by %s", problem).extracting(error -> error.get("field"))
                .containsExactly((Object[]) fields);
        assertThat(errors).as("messages of %s", problem).allSatisfy(error ->
                assertThat(error.get("message")).as("message of %s", error.get("field")).asString().isNotBlank());
        return problem;
    }
}
