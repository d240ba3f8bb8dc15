package com.medondoor.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.json;
import static com.medondoor.ProblemAssertions.problemWithoutRequestId;
import static org.assertj.core.api.Assertions.assertThat;

/** Login, logout and /api/me: how a token is obtained, used and given up. */
class AuthSessionIntegrationTests extends IntegrationTest {

    /** The password {@link Api} registers every account with. */
    private static final String PASSWORD = "correct horse battery";

    @Test
    void loginThenBearerTokenForFifteenMinutesAndUser() {
        Api.Account patient = api().patient();

        login(patient.email(), PASSWORD).expectStatus().isOk().expectBody()
                .jsonPath("$.accessToken").isNotEmpty()
                .jsonPath("$.tokenType").isEqualTo("Bearer")
                .jsonPath("$.expiresIn").isEqualTo(900)
                .jsonPath("$.user.id").isEqualTo(patient.id().toString())
                .jsonPath("$.user.email").isEqualTo(patient.email())
                .jsonPath("$.user.role").isEqualTo("USER")
                .jsonPath("$.user.passwordHash").doesNotExist();
    }

    @Test
    void loginWithEmailInAnotherCaseThenOk() {
        Api.Account patient = api().patient();

        login(patient.email().toUpperCase(), PASSWORD).expectStatus().isOk();
    }

    @Test
    void loginWhenUnknownEmailOrWrongPasswordThenSameUnauthorized() {
        Api.Account patient = api().patient();

        Map<String, Object> wrongPassword = problemWithoutRequestId(
                login(patient.email(), PASSWORD + "!"), HttpStatus.UNAUTHORIZED);
        Map<String, Object> unknownEmail = problemWithoutRequestId(
                login("nobody-" + patient.email(), PASSWORD), HttpStatus.UNAUTHORIZED);

        assertThat(unknownEmail).as("401 for an unknown email must not differ from 401 for a wrong password")
                .isEqualTo(wrongPassword);
        assertThat(wrongPassword).as("problem body").containsKeys("type", "title", "status", "detail");
    }

    @Test
    void logoutThenThatTokenRefused() {
        Api.Account patient = api().patient();

        api().post("/api/auth/logout", patient, null).expectStatus().isNoContent();

        expectProblem(api().get("/api/me", patient), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void logoutThenAnotherTokenOfTheSameUserStillWorks() {
        Api.Account patient = api().patient();
        String otherToken = (String) json(login(patient.email(), PASSWORD).expectStatus().isOk()).get("accessToken");

        api().post("/api/auth/logout", patient, null).expectStatus().isNoContent();

        me(otherToken).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(patient.id().toString());
    }

    @Test
    void logoutWithoutTokenThenUnauthorized() {
        expectProblem(api().post("/api/auth/logout", null, null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void meWhenPatientThenUserWithoutRating() {
        Api.Account patient = api().patient();

        Map<String, Object> me = json(api().get("/api/me", patient).expectStatus().isOk());

        assertThat(me).as("/api/me of a patient")
                .containsEntry("id", patient.id().toString())
                .containsEntry("name", patient.name())
                .containsEntry("email", patient.email())
                .containsEntry("role", "USER")
                .doesNotContainKeys("passwordHash", "serviceType", "rating");
    }

    @Test
    void meWhenUnratedProviderThenRatingAverageNullAndCountZero() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);

        Map<String, Object> me = json(api().get("/api/me", provider).expectStatus().isOk());

        assertThat(me).as("/api/me of a provider")
                .containsEntry("id", provider.id().toString())
                .containsEntry("role", "PROVIDER")
                .containsEntry("serviceType", "NURSE_VISIT");
        assertThat(me.get("rating")).as("rating of a provider nobody has rated yet")
                .isEqualTo(ratingOf(null, 0));
    }

    @Test
    void meWithoutTokenThenUnauthorized() {
        expectProblem(api().get("/api/me", null), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void meWithGarbageTokenThenUnauthorized() {
        expectProblem(me("not-a-jwt"), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void meWithAlteredSignatureThenUnauthorized() {
        String[] parts = api().patient().token().split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';

        expectProblem(me(parts[0] + "." + parts[1] + "." + new String(signature)), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void meWithAlteredClaimsThenUnauthorized() {
        String[] parts = api().patient().token().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).as("the token's claims name its role").contains("\"role\":\"USER\"");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("\"role\":\"USER\"", "\"role\":\"PROVIDER\"").getBytes(StandardCharsets.UTF_8));

        expectProblem(me(parts[0] + "." + forged + "." + parts[2]), HttpStatus.UNAUTHORIZED);
    }

    private static Map<String, Object> ratingOf(Double average, int count) {
        Map<String, Object> rating = new java.util.HashMap<>();
        rating.put("average", average);
        rating.put("count", count);
        return rating;
    }

    private WebTestClient.ResponseSpec login(String email, String password) {
        return http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange();
    }

    private WebTestClient.ResponseSpec me(String token) {
        return http.get().uri("/api/me").headers(headers -> headers.setBearerAuth(token)).exchange();
    }
}
