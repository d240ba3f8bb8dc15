package com.medondoor.auth;

import static com.medondoor.Callers.caller;
import static com.medondoor.Callers.patient;
import static com.medondoor.Callers.provider;
import static com.medondoor.ProblemAssertions.answer;
import static com.medondoor.ProblemAssertions.assertInvalid;
import static com.medondoor.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.Callers;
import com.medondoor.RouterSliceTest;
import com.medondoor.account.CurrentUser;
import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.rating.RatingSummary;
import com.medondoor.system.InvalidRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.assertj.WebTestClientResponse;
import reactor.core.publisher.Mono;

/**
 * The account routes (register, login, logout, me) over the service's own web stack with
 * {@link AuthService} mocked: what each answers, and every way a request to them is refused.
 */
@RouterSliceTest
@Import({AuthRouter.class, AuthHandler.class})
class AuthRouterTests {

    private static final UUID ADA = UUID.fromString("a7e1c6de-0000-4000-8000-000000000001");
    private static final UUID FLORENCE = UUID.fromString("c0000000-0000-4000-8000-000000000003");
    private static final Instant JOINED = Instant.parse("2030-01-01T10:00:00Z");
    private static final UserView ADA_VIEW = new UserView(ADA, "Ada", "ada@example.test", Role.USER, null, null, JOINED);
    private static final String ADA_JSON = """
            {"id": "a7e1c6de-0000-4000-8000-000000000001", "name": "Ada", "email": "ada@example.test",
             "role": "USER", "createdAt": "2030-01-01T10:00:00Z"}
            """;
    /** The value of a field that is left out of the body. */
    private static final Object ABSENT = new Object();

    @Autowired
    private WebTestClient http;

    @MockitoBean
    private AuthService auth;

    @Test
    void registerPatientThenCreatedAtMeWithoutProviderFields() {
        when(auth.register(new RegisterRequest("Ada", "ada@example.test", "longenough", Role.USER, null)))
                .thenReturn(Mono.just(ADA_VIEW));

        assertThat(answer(register(registration()))).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/me")
                .bodyJson().isStrictlyEqualTo(ADA_JSON);
    }

    @Test
    void registerProviderThenCreatedWithServiceTypeAndRatingSummary() {
        Map<String, Object> body = registration();
        body.put("role", "PROVIDER");
        body.put("serviceType", "NURSE_VISIT");
        when(auth.register(new RegisterRequest("Ada", "ada@example.test", "longenough", Role.PROVIDER,
                ServiceType.NURSE_VISIT))).thenReturn(Mono.just(new UserView(FLORENCE, "Florence", "florence@example.test",
                        Role.PROVIDER, ServiceType.NURSE_VISIT, new RatingSummary(null, 0), JOINED)));

        assertThat(answer(register(body))).hasStatus(HttpStatus.CREATED).bodyJson().isStrictlyEqualTo("""
                {"id": "c0000000-0000-4000-8000-000000000003", "name": "Florence", "email": "florence@example.test",
                 "role": "PROVIDER", "serviceType": "NURSE_VISIT", "rating": {"average": null, "count": 0},
                 "createdAt": "2030-01-01T10:00:00Z"}
                """);
    }

    static Stream<Arguments> invalidRegistrations() {
        return Stream.of(
                invalid("name absent", "name", ABSENT),
                invalid("name empty", "name", ""),
                invalid("name blank", "name", "   "),
                invalid("name of 101 characters", "name", "n".repeat(101)),
                invalid("name a number", "name", 123),
                invalid("name over two lines", "name", "Ada\nLovelace"),
                invalid("email absent", "email", ABSENT),
                invalid("email not an address", "email", "not-an-email"),
                invalid("email without a dot in the domain", "email", "ada@example"),
                invalid("email of 258 characters", "email", "ada@" + "abcdefghi.".repeat(25) + "test"),
                invalid("email an array", "email", new String[0]),
                invalid("password absent", "password", ABSENT),
                invalid("password of 73 characters", "password", "p".repeat(73)),
                invalid("password a number", "password", 12345678),
                invalid("role absent", "role", ABSENT),
                invalid("role ADMIN", "role", "ADMIN"),
                invalid("role in lower case", "role", "user"),
                invalid("role a number", "role", 1),
                invalid("serviceType for a USER", "serviceType", "NURSE_VISIT"),
                invalid("serviceType unknown", "serviceType", "SURGERY"));
    }

    private static Arguments invalid(String name, String field, Object value) {
        return Arguments.of(Named.of(name, field), value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void registerWhenAFieldIsInvalidThenBadRequestNamingIt(String field, Object value) {
        Map<String, Object> body = registration();
        if (value == ABSENT) {
            body.remove(field);
        }
        else {
            body.put(field, value);
        }

        assertInvalid(register(body), field);
        verifyNoInteractions(auth);
    }

    @Test
    void registerProviderWithoutServiceTypeThenBadRequestNamingServiceType() {
        Map<String, Object> body = registration();
        body.put("role", "PROVIDER");

        assertInvalid(register(body), "serviceType");
        verifyNoInteractions(auth);
    }

    @Test
    void registerWhenPasswordRefusedByThePolicyThenBadRequestNamingThePassword() {
        when(auth.register(any())).thenReturn(Mono.error(InvalidRequest.of("password", "must be at least 8 characters")));

        assertInvalid(register(registration()), "password");
    }

    @Test
    void registerWhenEmailTakenThenConflict() {
        when(auth.register(any())).thenReturn(Mono.error(new AuthProblems.EmailTaken()));

        assertProblem(register(registration()), HttpStatus.CONFLICT, "email-taken");
    }

    @Test
    void loginThenBearerTokenAndUser() {
        when(auth.login(eq(new LoginRequest("ada@example.test", "longenough")), anyString()))
                .thenReturn(Mono.just(new LoginResponse("header.claims.signature", "Bearer", 900, ADA_VIEW)));

        assertThat(answer(login(Map.of("email", "ada@example.test", "password", "longenough")))).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"accessToken\": \"header.claims.signature\", \"tokenType\": \"Bearer\", "
                        + "\"expiresIn\": 900, \"user\": " + ADA_JSON + "}");
    }

    @Test
    void loginWhenCredentialsWrongThenUnauthorized() {
        when(auth.login(any(), anyString())).thenReturn(Mono.error(new AuthProblems.BadCredentials()));

        Map<String, Object> problem = assertProblem(login(Map.of("email", "ada@example.test", "password", "wrong")),
                HttpStatus.UNAUTHORIZED, "bad-credentials");

        assertThat(problem).containsEntry("detail", "Email or password is incorrect.");
    }

    @Test
    void loginWhenThrottledThenTooManyRequestsWithRetryAfter() {
        when(auth.login(any(), anyString()))
                .thenReturn(Mono.error(new AuthProblems.TooManyAttempts(Duration.ofMillis(29_001))));

        EntityExchangeResult<byte[]> answer = login(Map.of("email", "ada@example.test", "password", "wrong"))
                .expectBody().returnResult();

        assertProblem(answer, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts");
        assertThat(WebTestClientResponse.from(answer)).hasHeader(HttpHeaders.RETRY_AFTER, "30");
    }

    static Stream<Arguments> invalidLogins() {
        return Stream.of(
                invalid("email absent", "email", ABSENT),
                invalid("email of 255 characters", "email", "e".repeat(255)),
                invalid("email a number", "email", 123),
                invalid("password absent", "password", ABSENT),
                invalid("password of 1025 characters", "password", "p".repeat(1025)),
                invalid("password an object", "password", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLogins")
    void loginWhenAFieldIsInvalidThenBadRequestNamingIt(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("email", "ada@example.test", "password", "longenough"));
        if (value == ABSENT) {
            body.remove(field);
        }
        else {
            body.put(field, value);
        }

        assertInvalid(login(body), field);
        verifyNoInteractions(auth);
    }

    @Test
    void loginWhenBodyIsNotJsonThenBadRequestNamingNoField() {
        assertInvalid(http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"ada@example.test\", ").exchange());
        verifyNoInteractions(auth);
    }

    @Test
    void logoutThenNoContentAndTheCallersTokenRevokedUntilItExpires() {
        Jwt token = Callers.token(ADA, Role.USER);
        when(auth.logout(UUID.fromString(token.getId()), token.getExpiresAt())).thenReturn(Mono.empty());

        assertThat(answer(http.mutateWith(caller(token)).post().uri("/api/auth/logout").exchange()))
                .hasStatus(HttpStatus.NO_CONTENT);
        verify(auth).logout(UUID.fromString(token.getId()), token.getExpiresAt());
    }

    @Test
    void logoutWithoutTokenThenUnauthorized() {
        assertProblem(http.post().uri("/api/auth/logout").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        verifyNoInteractions(auth);
    }

    @Test
    void meThenTheCallersUser() {
        when(auth.me(new CurrentUser(ADA, Role.USER))).thenReturn(Mono.just(ADA_VIEW));

        assertThat(answer(http.mutateWith(patient(ADA)).get().uri("/api/me").exchange())).hasStatusOk()
                .bodyJson().isStrictlyEqualTo(ADA_JSON);
    }

    @Test
    void meOfAProviderThenTheProviderAsTheService() {
        when(auth.me(new CurrentUser(FLORENCE, Role.PROVIDER))).thenReturn(Mono.just(new UserView(FLORENCE, "Florence",
                "florence@example.test", Role.PROVIDER, ServiceType.NURSE_VISIT, new RatingSummary(3.5, 2), JOINED)));

        assertThat(answer(http.mutateWith(provider(FLORENCE)).get().uri("/api/me").exchange())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo(
                        "{\"role\": \"PROVIDER\", \"serviceType\": \"NURSE_VISIT\", \"rating\": {\"average\": 3.5, \"count\": 2}}");
    }

    @Test
    void meWhenTheUserIsGoneThenUnauthorized() {
        when(auth.me(new CurrentUser(ADA, Role.USER))).thenReturn(Mono.error(new AuthProblems.BadCredentials()));

        assertProblem(http.mutateWith(patient(ADA)).get().uri("/api/me").exchange(), HttpStatus.UNAUTHORIZED,
                "bad-credentials");
    }

    @Test
    void meWithoutTokenThenUnauthorizedWithBearerChallenge() {
        EntityExchangeResult<byte[]> answer = http.get().uri("/api/me").exchange().expectBody().returnResult();

        assertProblem(answer, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(WebTestClientResponse.from(answer)).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        verifyNoInteractions(auth);
    }

    @Test
    void meWithTokenThatDoesNotVerifyThenUnauthorizedWithBearerChallenge() {
        EntityExchangeResult<byte[]> answer = http.get().uri("/api/me")
                .headers(headers -> headers.setBearerAuth("not-a-jwt")).exchange().expectBody().returnResult();

        assertProblem(answer, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(WebTestClientResponse.from(answer)).hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        verifyNoInteractions(auth);
    }

    @Test
    void meWithTokenLongerThanAnyIssuedThenUnauthorized() {
        assertProblem(http.get().uri("/api/me").headers(headers -> headers.setBearerAuth(
                "a".repeat(AccessTokenVerification.MAX_TOKEN_LENGTH + 1))).exchange(),
                HttpStatus.UNAUTHORIZED, "unauthorized");
        verifyNoInteractions(auth);
    }

    private WebTestClient.ResponseSpec register(Map<String, Object> body) {
        return http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec login(Map<String, Object> body) {
        return http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** A patient's registration that the service would take; each test changes the one thing it is about. */
    private static Map<String, Object> registration() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ada");
        body.put("email", "ada@example.test");
        body.put("password", "longenough");
        body.put("role", "USER");
        return body;
    }
}
