package com.medondoor.system.access;

import java.util.Map;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-origin calls: answered for the configured origins, refused for every other one. */
@DirtiesContext
class CorsIntegrationTests extends IntegrationTest {

    private static final String PARTNER = "https://partner.example";
    private static final String STRANGER = "https://stranger.example";

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void allowedOrigin(DynamicPropertyRegistry registry) {
        registry.add("medondoor.cors.allowed-origins", () -> PARTNER);
    }

    @Test
    void preflightFromAllowedOriginThenAllowedWithItsHeaders() {
        EntityExchangeResult<byte[]> preflight = preflight(PARTNER, "POST", "authorization,content-type");
        EntityExchangeResult<byte[]> streamPreflight = preflight(PARTNER, "GET", "authorization,last-event-id");

        assertThat(preflight.getStatus()).as("preflight from %s", PARTNER).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = preflight.getResponseHeaders();
        assertThat(headers.getAccessControlAllowOrigin()).as("Access-Control-Allow-Origin").isEqualTo(PARTNER);
        assertThat(headers.getAccessControlAllowMethods()).as("Access-Control-Allow-Methods")
                .contains(HttpMethod.POST);
        assertThat(headers.getAccessControlAllowHeaders()).as("Access-Control-Allow-Headers")
                .map(String::toLowerCase).contains("authorization", "content-type");
        assertThat(headers.getAccessControlAllowCredentials()).as("credentials are never needed: bearer tokens")
                .isFalse();
        assertThat(streamPreflight.getStatus()).as("preflight of a stream resumed with Last-Event-ID")
                .isEqualTo(HttpStatus.OK);
        assertThat(streamPreflight.getResponseHeaders().getAccessControlAllowHeaders())
                .as("Access-Control-Allow-Headers for a stream").map(String::toLowerCase).contains("last-event-id");
    }

    @Test
    void preflightFromOtherOriginThenForbiddenWithoutAllowOrigin() {
        EntityExchangeResult<byte[]> preflight = preflight(STRANGER, "POST", "authorization,content-type");

        assertThat(preflight.getStatus()).as("preflight from %s", STRANGER).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(preflight.getResponseHeaders().getAccessControlAllowOrigin())
                .as("Access-Control-Allow-Origin for %s", STRANGER).isNull();
    }

    /** Spring answers with the allowed subset; the browser then refuses to send X-Debug. */
    @Test
    void preflightAskingForAnotherHeaderThenThatHeaderIsNotAllowed() {
        EntityExchangeResult<byte[]> preflight = preflight(PARTNER, "POST", "authorization,x-debug");

        assertThat(preflight.getResponseHeaders().getAccessControlAllowHeaders())
                .as("Access-Control-Allow-Headers answering a request for X-Debug").map(String::toLowerCase)
                .contains("authorization").doesNotContain("x-debug");
    }

    @Test
    void requestFromAllowedOriginThenAnsweredWithAllowOriginAndRequestId() {
        Api.Account patient = api().patient();
        EntityExchangeResult<byte[]> result = http.get().uri("/api/me").header(HttpHeaders.ORIGIN, PARTNER)
                .headers(headers -> headers.setBearerAuth(patient.token()))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(result.getResponseHeaders().getAccessControlAllowOrigin()).as("Access-Control-Allow-Origin")
                .isEqualTo(PARTNER);
        assertThat(result.getResponseHeaders().getAccessControlExposeHeaders())
                .as("Access-Control-Expose-Headers: the partner's page may read the request id")
                .contains("X-Request-Id");
    }

    @Test
    void requestFromOtherOriginThenForbiddenAndNothingDone() {
        Api.Account patient = api().patient();
        http.post().uri("/api/bookings").header(HttpHeaders.ORIGIN, STRANGER)
                .headers(headers -> headers.setBearerAuth(patient.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Api.booking(ServiceType.NURSE_VISIT))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        api().get("/api/bookings", patient).expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    /** Browsers send Origin on the web client's own POSTs too: same-origin calls are never refused. */
    @Test
    void requestFromOwnOriginThenServed() {
        Api.Account patient = api().patient();
        http.post().uri("/api/bookings").header(HttpHeaders.ORIGIN, "http://localhost:" + port)
                .headers(headers -> headers.setBearerAuth(patient.token()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Api.booking(ServiceType.NURSE_VISIT))
                .exchange()
                .expectStatus().isCreated();
    }

    private EntityExchangeResult<byte[]> preflight(String origin, String method, String headers) {
        return http.method(HttpMethod.OPTIONS).uri("/api/bookings")
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, headers)
                .exchange().expectBody().returnResult();
    }
}
