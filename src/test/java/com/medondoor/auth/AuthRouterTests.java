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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.medondoor.Callers;
import com.medondoor.RouterSliceTest;
import com.medondoor.account.CurrentUser;
import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import com.medondoor.rating.RatingSummary;
import com.medondoor.system.InvalidRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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
    private static final UserView ADA_VIEW = new UserView(ADA, "Ada", "ada@example.test", Role.USER, null, null, null,
            null, JOINED);
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
        when(auth.register(new RegisterRequest("Ada", "ada@example.test", "longenough", Role.USER, null, null)))
                .thenReturn(Mono.just(ADA_VIEW));

        assertThat(answer(register(registration()))).hasStatus(HttpStatus.CREATED)
                .hasHeader(HttpHeaders.LOCATION, "/api/me")
                .bodyJson().isStrictlyEqualTo(ADA_JSON);
    }

    @Test
    void registerProviderThenCreatedWithServiceTypeRatingSummaryVerificationAndDetails() {
        Map<String, Object> body = nurseRegistration();
        when(auth.register(new RegisterRequest("Ada", "ada@example.test", "longenough", Role.PROVIDER,
                ServiceType.NURSE_VISIT, new ProfessionalDetails("RCN-1234", null, null))))
                .thenReturn(Mono.just(new UserView(FLORENCE, "Florence", "florence@example.test", Role.PROVIDER,
                        ServiceType.NURSE_VISIT, new RatingSummary(null, 0),
                        new UserView.VerificationView(Verification.UNVERIFIED, null, JOINED),
                        new ProfessionalDetails("RCN-1234", null, null), JOINED)));

        assertThat(answer(register(body))).hasStatus(HttpStatus.CREATED).bodyJson().isStrictlyEqualTo("""
                {"id": "c0000000-0000-4000-8000-000000000003", "name": "Florence", "email": "florence@example.test",
                 "role": "PROVIDER", "serviceType": "NURSE_VISIT", "rating": {"average": null, "count": 0},
                 "verification": {"status": "UNVERIFIED", "reason": null, "changedAt": "2030-01-01T10:00:00Z"},
                 "professional": {"licenceNumber": "RCN-1234"}, "createdAt": "2030-01-01T10:00:00Z"}
                """);
    }

    static Stream<Arguments> invalidProfessionalDetails() {
        return Stream.of(
                professional("a nurse without details", "NURSE_VISIT", null, "professional.licenceNumber"),
                professional("a nurse without a licence", "NURSE_VISIT", Map.of(), "professional.licenceNumber"),
                professional("a doctor with a blank licence", "DOCTOR_CONSULTATION", Map.of("licenceNumber", "  "),
                        "professional.licenceNumber"),
                professional("a licence of 65 characters", "NURSE_VISIT", Map.of("licenceNumber", "L".repeat(65)),
                        "professional.licenceNumber"),
                professional("a nurse with a vehicle", "NURSE_VISIT", Map.of("licenceNumber", "RCN-1", "vehicle", "Car"),
                        "professional.vehicle"),
                professional("a courier without an identity", "MEDICINE_DELIVERY", Map.of("vehicle", "Bike"),
                        "professional.identityDocument"),
                professional("a courier without a vehicle", "MEDICINE_DELIVERY", Map.of("identityDocument", "ID-1"),
                        "professional.vehicle"),
                professional("a courier with a licence", "MEDICINE_DELIVERY",
                        Map.of("identityDocument", "ID-1", "vehicle", "Bike", "licenceNumber", "RCN-1"),
                        "professional.licenceNumber"),
                professional("a vehicle of 201 characters", "MEDICINE_DELIVERY",
                        Map.of("identityDocument", "ID-1", "vehicle", "v".repeat(201)), "professional.vehicle"),
                professional("a licence on two lines", "NURSE_VISIT", Map.of("licenceNumber", "RCN\n1"),
                        "professional.licenceNumber"));
    }

    private static Arguments professional(String name, String serviceType, Map<String, Object> details, String field) {
        return Arguments.of(Named.of(name, serviceType), details, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidProfessionalDetails")
    void registerProviderWhenProfessionalDetailsDoNotFitTheServiceTypeThenBadRequestNamingTheField(String serviceType,
            Map<String, Object> details, String field) {
        Map<String, Object> body = nurseRegistration();
        body.put("serviceType", serviceType);
        body.remove("professional");
        if (details != null) {
            body.put("professional", details);
        }

        assertInvalid(register(body), field);
        verifyNoInteractions(auth);
    }

    @Test
    void registerPatientWithProfessionalDetailsThenBadRequestNamingThem() {
        Map<String, Object> body = registration();
        body.put("professional", Map.of("licenceNumber", "RCN-1234"));

        assertInvalid(register(body), "professional");
        verifyNoInteractions(auth);
    }

    @Test
    void registerAsAdminThenBadRequestSayingWhichRolesThereAre() {
        Map<String, Object> body = registration();
        body.put("role", "ADMIN");

        Map<String, Object> problem = assertInvalid(register(body), "role");

        assertThat(problem.get("errors")).as("the problem's errors")
                .isEqualTo(List.of(Map.of("field", "role", "message", "must be USER or PROVIDER")));
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
    void loginThenBearerTokenAndUserAndTheSessionCookie() {
        Sessions.Session session = new Sessions.Session(UUID.randomUUID(), ADA, Role.USER, "refresh-token",
                Duration.ofHours(13));
        when(auth.login(eq(new LoginRequest("ada@example.test", "longenough")), anyString()))
                .thenReturn(Mono.just(new AuthService.SignedIn(
                        new LoginResponse("header.claims.signature", "Bearer", 900, ADA_VIEW), session)));

        EntityExchangeResult<byte[]> answer = login(Map.of("email", "ada@example.test", "password", "longenough"))
                .expectBody().returnResult();
        assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE)).as("the session's cookie")
                .startsWith("medondoor_session=refresh-token; Path=/api/auth; Max-Age=46800; Expires=")
                .endsWith("; Secure; HttpOnly; SameSite=Strict");
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
        assertThat(new String(answer.getResponseBodyContent())).contains("try again in 30 seconds.");
    }

    @ParameterizedTest(name = "{0} ms: {1}")
    @CsvSource({"1, 1 second", "59000, 59 seconds", "60000, 1 minute", "60001, 2 minutes", "700000, 12 minutes"})
    void throttleSaysTheWaitInWordsAPersonReads(long millis, String words) {
        assertThat(AuthProblems.TooManyAttempts.inWords(Duration.ofMillis(millis))).isEqualTo(words);
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
        when(auth.logout(UUID.fromString(token.getId()), token.getExpiresAt(), null)).thenReturn(Mono.empty());

        assertThat(answer(http.mutateWith(caller(token)).post().uri("/api/auth/logout")
                .header(SessionCookie.REQUESTED_WITH, "medondoor").exchange()))
                .hasStatus(HttpStatus.NO_CONTENT);
        verify(auth).logout(UUID.fromString(token.getId()), token.getExpiresAt(), null);
    }

    @Test
    void logoutWithoutTheWebAppsHeaderThenForbiddenAndNothingEnded() {
        Jwt token = Callers.token(ADA, Role.USER);

        assertProblem(http.mutateWith(caller(token)).post().uri("/api/auth/logout").exchange(), HttpStatus.FORBIDDEN,
                "csrf-check-failed");
        verifyNoInteractions(auth);
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
                "florence@example.test", Role.PROVIDER, ServiceType.NURSE_VISIT, new RatingSummary(3.5, 2),
                new UserView.VerificationView(Verification.REJECTED, "Licence not found", JOINED),
                new ProfessionalDetails("RCN-1234", null, null), JOINED)));

        assertThat(answer(http.mutateWith(provider(FLORENCE)).get().uri("/api/me").exchange())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo(
                        "{\"role\": \"PROVIDER\", \"serviceType\": \"NURSE_VISIT\", \"rating\": {\"average\": 3.5, \"count\": 2}, "
                        + "\"verification\": {\"status\": \"REJECTED\", \"reason\": \"Licence not found\"}, "
                        + "\"professional\": {\"licenceNumber\": \"RCN-1234\"}}");
    }

    @Test
    void resubmitProfessionalDetailsThenTheProviderAsTheServiceLeavesThem() {
        ProfessionalDetails details = new ProfessionalDetails("RCN-5678", null, null);
        when(auth.resubmit(new CurrentUser(FLORENCE, Role.PROVIDER), details)).thenReturn(Mono.just(new UserView(FLORENCE,
                "Florence", "florence@example.test", Role.PROVIDER, ServiceType.NURSE_VISIT, new RatingSummary(null, 0),
                new UserView.VerificationView(Verification.UNVERIFIED, null, JOINED), details, JOINED)));

        assertThat(answer(http.mutateWith(provider(FLORENCE)).put().uri("/api/me/professional")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("licenceNumber", "RCN-5678")).exchange()))
                .hasStatusOk().bodyJson().isLenientlyEqualTo(
                        "{\"verification\": {\"status\": \"UNVERIFIED\", \"reason\": null}, "
                        + "\"professional\": {\"licenceNumber\": \"RCN-5678\"}}");
    }

    @Test
    void resubmitWhenVerifiedThenConflictNamingTheStatus() {
        when(auth.resubmit(any(), any())).thenReturn(Mono.error(new AuthProblems.WrongVerificationStatus(
                Verification.VERIFIED, "Your details can be changed only while you are UNVERIFIED or REJECTED.")));

        Map<String, Object> problem = assertProblem(http.mutateWith(provider(FLORENCE)).put().uri("/api/me/professional")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("licenceNumber", "RCN-5678")).exchange(),
                HttpStatus.CONFLICT, "wrong-verification-status");

        assertThat(problem).containsEntry("currentStatus", "VERIFIED");
    }

    @Test
    void resubmitAsPatientThenForbidden() {
        assertProblem(http.mutateWith(patient(ADA)).put().uri("/api/me/professional")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("licenceNumber", "RCN-5678")).exchange(),
                HttpStatus.FORBIDDEN, "forbidden");
        verifyNoInteractions(auth);
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

    /** A nurse's registration that the service would take. */
    private static Map<String, Object> nurseRegistration() {
        Map<String, Object> body = registration();
        body.put("role", "PROVIDER");
        body.put("serviceType", "NURSE_VISIT");
        body.put("professional", Map.of("licenceNumber", "RCN-1234"));
        return body;
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
