package com.medondoor.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service logs while it handles requests: never a password, a token or an address, and every
 * line with the id of its request, which the client sees as {@code X-Request-Id} and in error bodies.
 * Logged at INFO (the shipped level) and the service's own code at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"logging.level.root=INFO", "logging.level.com.medondoor=DEBUG"})
@DirtiesContext
class RequestLogIntegrationTests extends IntegrationTest {

    /** A failure no client can cause on purpose: the path of every unexpected exception. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingRoute {
        @Bean
        RouterFunction<ServerResponse> failingRoute() {
            return RouterFunctions.route().POST("/test/unhandled-failure", request -> {
                throw new IllegalStateException("a bug");
            }).build();
        }
    }

    /** The phone's subscriber number: eight digits nothing else in a log is likely to hold. */
    private static final String PHONE = "55582917";

    @Test
    @SuppressWarnings("unchecked")
    void requestLinesCarryTheRequestIdAndNoSecrets(CapturedOutput output) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "sam-" + unique + "@example.test";
        String password = "Seaside Lantern " + unique;
        String wrongPassword = "Wrong Lantern " + unique;
        String street = "17 Quillfeather Lane " + unique;
        String notes = "Door code " + unique;
        String need = "Wound dressing " + unique;

        String registered = requestId(api().post("/api/auth/register", null,
                Map.of("name", "Sam", "email", email, "password", password, "role", "USER")), HttpStatus.CREATED);
        String refused = requestId(api().post("/api/auth/login", null,
                Map.of("email", email, "password", wrongPassword)), HttpStatus.UNAUTHORIZED);
        EntityExchangeResult<Map> login = api().post("/api/auth/login", null,
                Map.of("email", email, "password", password)).expectStatus().isOk().expectBody(Map.class)
                .returnResult();
        String token = (String) login.getResponseBody().get("accessToken");
        Api.Account sam = new Api.Account(null, "Sam", email, token);
        Map<String, Object> booking = Api.booking(ServiceType.NURSE_VISIT);
        ((Map<String, Object>) booking.get("address")).put("street", street);
        booking.put("notes", notes);
        booking.put("need", need);
        booking.put("phone", "+49 30 " + PHONE);
        requestId(api().post("/api/bookings", sam, booking), HttpStatus.CREATED);
        Map<String, Object> invalid = Api.booking(ServiceType.NURSE_VISIT);
        ((Map<String, Object>) invalid.get("address")).put("street", street);
        invalid.put("phone", "not " + unique);
        requestId(api().post("/api/bookings", sam, invalid), HttpStatus.BAD_REQUEST);
        requestId(api().get("/api/bookings", sam), HttpStatus.OK);
        EntityExchangeResult<byte[]> failure = http.post().uri("/test/unhandled-failure").exchange()
                .expectBody().returnResult();
        Map<String, Object> problem = assertProblem(failure, 500, "an unhandled failure");
        String failed = failure.getResponseHeaders().getFirst(RequestIds.HEADER);

        assertThat(problem.get("requestId")).as("the 500 body's requestId is its X-Request-Id header")
                .isEqualTo(failed);
        String log = output.getAll();
        assertThat(log).as("the log holds no password").doesNotContain(password).doesNotContain(wrongPassword);
        assertThat(log).as("the log holds no access token, whole or its signature")
                .doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
        assertThat(log).as("the log holds no home address, phone, notes, need or email address")
                .doesNotContain(street).doesNotContain(PHONE).doesNotContain(notes)
                .doesNotContain(need).doesNotContain("not " + unique).doesNotContain(email);
        assertThat(linesWith(log, "Registered user")).as("lines logged by the registration")
                .singleElement().asString().contains("[" + registered + "]");
        assertThat(linesWith(log, "Refused a login")).as("lines logged by the refused login")
                .singleElement().asString().contains("[" + refused + "]");
        assertThat(linesWith(log, "Unhandled failure")).as("lines logged by the unhandled failure")
                .singleElement().asString().contains("[" + failed + "]");
    }

    @Test
    void eachAnswerCarriesItsOwnRequestIdAndProblemsRepeatIt() {
        String first = requestId(api().get("/api/me", null), HttpStatus.UNAUTHORIZED);
        String second = requestId(api().get("/api/me", null), HttpStatus.UNAUTHORIZED);
        EntityExchangeResult<byte[]> invalid = api().post("/api/auth/login", null, Map.of())
                .expectBody().returnResult();

        assertThat(first).as("two requests, two ids").isNotEqualTo(second);
        assertThat(assertProblem(invalid, 400, "an empty login").get("requestId"))
                .as("a problem body's requestId is its X-Request-Id header")
                .isEqualTo(invalid.getResponseHeaders().getFirst(RequestIds.HEADER));
    }

    private static String requestId(WebTestClient.ResponseSpec response, HttpStatus status) {
        String id = response.expectStatus().isEqualTo(status).expectBody().returnResult()
                .getResponseHeaders().getFirst(RequestIds.HEADER);
        assertThat(id).as("X-Request-Id of a %s", status).isNotBlank();
        return id;
    }

    private static List<String> linesWith(String log, String text) {
        return log.lines().filter(line -> line.contains(text)).toList();
    }
}
