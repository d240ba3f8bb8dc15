package com.medondoor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What each kind of failure becomes, and how a problem reaches the wire. */
class ProblemsTests {

    private static final String TYPES = "https://medondoor.app/problems/";

    private final Problems problems = new Problems(Duration.ofSeconds(3));
    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/bookings/1"));

    @Test
    void domainProblemIsAnsweredAsItIs() {
        InvalidRequest invalid = InvalidRequest.of("id", "must be a UUID");
        assertThat(problems.of(exchange, invalid)).as("a problem of ours").isSameAs(invalid);
    }

    @Test
    void springsOwnFailuresKeepTheirStatusAndHeadersUnderOurType() {
        ErrorResponse notFound = problems.of(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND));
        assertProblem(notFound, 404, "not-found", "Not Found", "No resource exists at this path.");

        ErrorResponse wrongMethod = problems.of(exchange,
                new MethodNotAllowedException(HttpMethod.DELETE, List.of(HttpMethod.GET, HttpMethod.HEAD)));
        assertProblem(wrongMethod, 405, "method-not-allowed", "Method Not Allowed",
                "This path does not support the request method.");
        assertThat(wrongMethod.getHeaders().getAllow()).as("Allow of a 405")
                .containsExactly(HttpMethod.GET, HttpMethod.HEAD);
    }

    @Test
    void securityRefusalsAreTheContractsProblems() {
        ErrorResponse unauthorized = problems.of(exchange, new BadCredentialsException("bad token"));
        assertProblem(unauthorized, 401, "unauthorized", "Unauthorized", "A valid access token is required.");
        assertThat(unauthorized.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("401's challenge")
                .isEqualTo("Bearer");

        assertProblem(problems.of(exchange, new AccessDeniedException("denied")), 403, "forbidden", "Forbidden",
                "Your role does not allow this request.");
        assertProblem(problems.of(exchange, new ServerExchangeRejectedException("encoded slash")), 400,
                "rejected-url", "Bad request", "The request URL contains characters this service does not accept.");
    }

    @Test
    void unreadableBodyNamesTheFieldJacksonFailedOn() {
        JacksonException jackson = readFailure("{\"stars\": \"five\"}");
        ErrorResponse invalid = problems.of(exchange, new ServerWebInputException("Failed to read", null, jackson));
        assertProblem(invalid, 400, "invalid-request", "Invalid request", "stars: has a value of the wrong type or format");
        assertThat(invalid.getBody().getProperties()).as("extensions of an unreadable body")
                .isEqualTo(Map.of("errors", List.of(new InvalidRequest.FieldProblem("stars",
                        "has a value of the wrong type or format"))));
    }

    @Test
    void tooLargeUnavailableAndUnhandledFailures() {
        assertProblem(problems.of(exchange, new IllegalStateException("decoding", new DataBufferLimitException("256KB"))),
                413, "payload-too-large", "Payload too large", "The request body is larger than this service accepts.");

        ErrorResponse late = problems.of(exchange, new TimeoutException("No answer within 10s"));
        assertProblem(late, 503, "service-unavailable", "Service unavailable",
                "The service could not answer in time; retry shortly.");
        assertThat(late.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as("Retry-After of a 503").isEqualTo("3");
        assertProblem(problems.of(exchange, new DataAccessResourceFailureException("closed",
                new R2dbcNonTransientResourceException("Connection unexpectedly closed", "08006"))), 503,
                "service-unavailable", "Service unavailable",
                "The service cannot reach its database right now; retry shortly.");

        assertProblem(problems.of(exchange, new IllegalStateException("a bug")), 500, "internal-error", "Internal error",
                "Something went wrong on our side; quote the request id when reporting it.");
    }

    @Test
    void writtenProblemHasTheContractsMembersInTheirOrder() {
        ProblemWriter writer = new ProblemWriter(problems, JsonMapper.builder().build());
        writer.answer(exchange, new ServerWebInputException("Failed to read", null, readFailure("{\"stars\": 4.5}")))
                .block(Duration.ofSeconds(1));

        assertThat(exchange.getResponse().getStatusCode()).as("status").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(exchange.getResponse().getHeaders().getContentType()).as("content type")
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block(Duration.ofSeconds(1))).as("body").isEqualTo(
                "{\"type\":\"https://medondoor.app/problems/invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
                        + "\"detail\":\"stars: has a value of the wrong type or format\",\"instance\":\"/api/bookings/1\","
                        + "\"requestId\":\"" + exchange.getRequest().getId() + "\","
                        + "\"errors\":[{\"field\":\"stars\",\"message\":\"has a value of the wrong type or format\"}]}");
    }

    private static void assertProblem(ErrorResponse problem, int status, String slug, String title, String detail) {
        assertThat(problem.getStatusCode().value()).as("status of %s", slug).isEqualTo(status);
        assertThat(problem.getBody().getStatus()).as("status member of %s", slug).isEqualTo(status);
        assertThat(problem.getBody().getType()).as("type of %s", slug).hasToString(TYPES + slug);
        assertThat(problem.getBody().getTitle()).as("title of %s", slug).isEqualTo(title);
        assertThat(problem.getBody().getDetail()).as("detail of %s", slug).isEqualTo(detail);
    }

    private static JacksonException readFailure(String json) {
        try {
            JsonMapper.builder().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT).build()
                    .readValue(json, Rating.class);
        }
        catch (JacksonException failure) {
            return failure;
        }
        throw new AssertionError("expected " + json + " not to be read as a rating");
    }

    record Rating(int stars) {
    }
}
