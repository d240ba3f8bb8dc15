package com.medondoor.auth;

import static com.medondoor.ProblemAssertions.TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Sessions that last a shift: the refresh token in its cookie renews the access token once and is
 * replaced; a replaced token presented again ends the session as stolen (but not within the grace, when
 * two tabs renew at once); logout, idleness, the absolute lifetime and a suspension end it; and an ended
 * session's access tokens are refused at once. Only a page of ours may renew or log out.
 */
class SessionIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Test
    void loginSetsTheSessionCookieAndARenewalReplacesIt() {
        Api.Account patient = api().patient();
        EntityExchangeResult<byte[]> login = login(patient);
        ResponseCookie cookie = login.getResponseCookies().getFirst(SessionCookie.NAME);

        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/api/auth");
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofHours(13));

        EntityExchangeResult<byte[]> renewed = refresh(cookie.getValue(), null).expectStatus().isOk().expectBody().returnResult();
        String next = renewed.getResponseCookies().getFirst(SessionCookie.NAME).getValue();
        assertThat(next).as("the next token").isNotEqualTo(cookie.getValue());
        String accessToken = com.jayway.jsonpath.JsonPath.read(new String(renewed.getResponseBodyContent()), "$.accessToken");
        assertThat(me(accessToken)).as("the renewed access token works").isEqualTo(HttpStatus.OK);
        refresh(next, null).expectStatus().isOk();
    }

    @Test
    void twoTabsRenewingWithTheSameTokenBothGetTheCurrentOneWithinTheGrace() {
        String first = cookieOf(login(api().patient()));

        String tabA = cookieOf(refresh(first, null).expectStatus().isOk().expectBody().returnResult());
        String tabB = cookieOf(refresh(first, null).expectStatus().isOk().expectBody().returnResult());

        assertThat(tabB).as("the second tab is given the token the first one's renewal made").isEqualTo(tabA);
        refresh(tabA, null).expectStatus().isOk();
    }

    @Test
    void replacedTokenPresentedAfterTheGraceEndsTheSessionAndRevokesItsAccessTokens() {
        EntityExchangeResult<byte[]> login = login(api().patient());
        String stolen = cookieOf(login);
        EntityExchangeResult<byte[]> renewed = refresh(stolen, null).expectStatus().isOk().expectBody().returnResult();
        String accessToken = com.jayway.jsonpath.JsonPath.read(new String(renewed.getResponseBodyContent()), "$.accessToken");
        db.sql("UPDATE sessions SET rotated_at = now() - interval '1 minute'").then().block();

        EntityExchangeResult<byte[]> theft = refresh(stolen, null).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TYPES + "session-ended").returnResult();

        assertThat(theft.getResponseCookies().getFirst(SessionCookie.NAME).getMaxAge()).as("the cookie cleared")
                .isZero();
        refresh(cookieOf(renewed), null).expectStatus().isUnauthorized();
        assertThat(me(accessToken)).as("the session's access tokens are refused at once").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(endReason(stolen)).isEqualTo("REUSE");
    }

    @Test
    void logoutEndsTheSessionForEveryTab() {
        Api.Account patient = api().patient();
        EntityExchangeResult<byte[]> login = login(patient);
        String cookie = cookieOf(login);
        String tabA = com.jayway.jsonpath.JsonPath.read(new String(login.getResponseBodyContent()), "$.accessToken");
        EntityExchangeResult<byte[]> other = refresh(cookie, null).expectStatus().isOk().expectBody().returnResult();
        String tabB = com.jayway.jsonpath.JsonPath.read(new String(other.getResponseBodyContent()), "$.accessToken");

        http.post().uri("/api/auth/logout").headers(h -> h.setBearerAuth(tabA)).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/auth/logout").headers(h -> {
            h.setBearerAuth(tabA);
            h.set(SessionCookie.REQUESTED_WITH, "medondoor");
        }).exchange().expectStatus().isNoContent();

        assertThat(me(tabB)).as("the other tab's token").isEqualTo(HttpStatus.UNAUTHORIZED);
        refresh(cookieOf(other), null).expectStatus().isUnauthorized();
        assertThat(endReason(cookie)).isEqualTo("LOGOUT");
    }

    @Test
    void idleOrOutlivedOrSuspendedSessionsAreNotRenewed() {
        String idle = cookieOf(login(api().patient()));
        String outlived = cookieOf(login(api().patient()));
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        String suspended = cookieOf(login(nurse));
        db.sql("UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE id = :id")
                .bind("id", sessionOf(idle)).then().block();
        db.sql("UPDATE sessions SET idle_expires_at = now() - interval '1 second', expires_at = now() - interval '1 second'"
                + " WHERE id = :id").bind("id", sessionOf(outlived)).then().block();
        api().post("/api/admin/providers/" + nurse.id() + "/suspend", api().admin(), Map.of("reason", "Checks"))
                .expectStatus().isOk();

        refresh(idle, null).expectStatus().isUnauthorized();
        refresh(outlived, null).expectStatus().isUnauthorized();
        refresh(suspended, null).expectStatus().isUnauthorized();
        assertThat(endReason(suspended)).isEqualTo("SUSPENDED");
    }

    @Test
    void onlyAPageOfOursRenewsAndNothingButOurTokenDoes() {
        String cookie = cookieOf(login(api().patient()));

        http.post().uri("/api/auth/refresh").cookie(SessionCookie.NAME, cookie).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(TYPES + "csrf-check-failed");
        refresh(cookie, "https://evil.example").expectStatus().isForbidden();
        refresh(cookie, "http://localhost:1").expectStatus().isForbidden();
        String[] forged = cookie.split("\\.");
        refresh(forged[0] + "." + (Integer.parseInt(forged[1]) + 1) + "." + forged[2], null).expectStatus().isUnauthorized();
        refresh(UUID.randomUUID() + ".0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null).expectStatus().isUnauthorized();
        http.post().uri("/api/auth/refresh").header(SessionCookie.REQUESTED_WITH, "medondoor").exchange()
                .expectStatus().isUnauthorized();
        // Refusals spent nothing: the token still renews.
        refresh(cookie, null).expectStatus().isOk();
    }

    @Test
    void administratorsSessionsAreShorter() {
        String cookie = cookieOf(http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", Api.ADMIN_EMAIL, "password", Api.PASSWORD)).exchange()
                .expectStatus().isOk().expectBody().returnResult());

        assertThat(db.sql("SELECT extract(epoch FROM expires_at - created_at) AS lifetime FROM sessions WHERE id = :id")
                .bind("id", sessionOf(cookie)).map(row -> row.get("lifetime", java.math.BigDecimal.class).intValue())
                .one().block()).isEqualTo((int) Duration.ofHours(4).toSeconds());
    }

    private EntityExchangeResult<byte[]> login(Api.Account account) {
        return http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", account.email(), "password", Api.PASSWORD)).exchange()
                .expectStatus().isOk().expectBody().returnResult();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec refresh(String cookie, String origin) {
        return http.post().uri("/api/auth/refresh").cookie(SessionCookie.NAME, cookie).headers(h -> {
            h.set(SessionCookie.REQUESTED_WITH, "medondoor");
            if (origin != null) {
                h.setOrigin(origin);
            }
        }).exchange();
    }

    private HttpStatus me(String accessToken) {
        return HttpStatus.valueOf(http.get().uri("/api/me").headers(h -> h.setBearerAuth(accessToken)).exchange()
                .expectBody().returnResult().getStatus().value());
    }

    private static String cookieOf(EntityExchangeResult<byte[]> answer) {
        return answer.getResponseCookies().getFirst(SessionCookie.NAME).getValue();
    }

    private static UUID sessionOf(String cookie) {
        return UUID.fromString(cookie.substring(0, cookie.indexOf('.')));
    }

    private String endReason(String cookie) {
        return db.sql("SELECT end_reason FROM sessions WHERE id = :id").bind("id", sessionOf(cookie))
                .map(row -> row.get("end_reason", String.class)).one().block();
    }
}
