package com.medondoor;

import java.util.HashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Assertions on the contract's answers: RFC 9457 problem bodies, and JSON bodies read as maps. */
public final class ProblemAssertions {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {
            };

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
                .jsonPath("$.errors[*].field").value(Matchers.hasItem(field));
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
}
