package com.medondoor.system.access;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The headers that make browsers strict with this service's answers, on the API and on the web client,
 * on successes and on problems alike; and the policy fits the app as built (no inline code, nothing from
 * elsewhere).
 */
class BrowserHeadersIntegrationTests extends IntegrationTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Test
    void apiAnswerCarriesBrowserHeadersAndIsNeverStored() {
        Api.Account patient = api().patient();
        EntityExchangeResult<byte[]> me = api().get("/api/me", patient).expectStatus().isOk()
                .expectBody().returnResult();

        assertBrowserHeaders(me.getResponseHeaders(), "GET /api/me");
        assertNotStored(me.getResponseHeaders(), "GET /api/me (the caller's personal data)");
    }

    @Test
    void loginAnswerCarryingTheTokenIsNeverStored() {
        Api.Account patient = api().patient();
        EntityExchangeResult<byte[]> login = api().post("/api/auth/login", null,
                Map.of("email", patient.email(), "password", "correct horse battery"))
                .expectStatus().isOk().expectBody().returnResult();

        assertBrowserHeaders(login.getResponseHeaders(), "POST /api/auth/login");
        assertNotStored(login.getResponseHeaders(), "POST /api/auth/login (an access token)");
    }

    @Test
    void bookingAnswerWithAddressIsNeverStored() {
        Api.Account patient = api().patient();
        String booking = "/api/bookings/" + api().book(patient, ServiceType.NURSE_VISIT);
        EntityExchangeResult<byte[]> result = api().get(booking, patient).expectStatus().isOk()
                .expectBody().returnResult();

        assertNotStored(result.getResponseHeaders(), "GET " + booking + " (an address)");
    }

    @Test
    void problemAnswersCarryBrowserHeaders() {
        EntityExchangeResult<byte[]> unauthorized = api().get("/api/me", null)
                .expectStatus().isUnauthorized().expectBody().returnResult();
        EntityExchangeResult<byte[]> invalid = api().post("/api/auth/register", null, Map.of("name", ""))
                .expectStatus().isBadRequest().expectBody().returnResult();
        EntityExchangeResult<byte[]> rejected = http.get().uri("/api/me;jsessionid=1").exchange()
                .expectStatus().isBadRequest().expectBody().returnResult();

        assertBrowserHeaders(unauthorized.getResponseHeaders(), "401 from the security chain");
        assertBrowserHeaders(invalid.getResponseHeaders(), "400 from the exception handler");
        assertBrowserHeaders(rejected.getResponseHeaders(), "400 for a URL the firewall rejects");
    }

    @Test
    void appPageAndItsAssetsCarryThePolicy() {
        assumeTrue(new ClassPathResource("static/index.html").exists(), "the web client was built into the jar");
        EntityExchangeResult<String> page = http.get().uri("/provider").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        assertBrowserHeaders(page.getResponseHeaders(), "the app page");

        // The app's script is larger than the client's default buffer of 256 KiB.
        WebTestClient client = http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20)).build();
        for (String asset : assets(page.getResponseBody())) {
            EntityExchangeResult<byte[]> result = client.get().uri(asset).exchange().expectStatus().isOk()
                    .expectBody().returnResult();
            assertBrowserHeaders(result.getResponseHeaders(), asset);
        }
    }

    /** The policy allows no inline code: the page built by Vite must not need any. */
    @Test
    void builtPageNeedsNothingThePolicyForbids() {
        assumeTrue(new ClassPathResource("static/index.html").exists(), "the web client was built into the jar");
        String html = http.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(html).as("index.html must have no inline <style> (style-src 'self')").doesNotContain("<style");
        assertThat(html).as("index.html must have no style attribute (style-src 'self')").doesNotContain("style=");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find())
                .as("index.html must have no inline <script> (script-src 'self'): %s", html).isFalse();
        assertThat(assets(html)).as("scripts, styles and icons of index.html, all from this origin")
                .isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("/").doesNotStartWith("//"));
    }

    @Test
    void crossOriginPreflightIsRefusedWhenNoOriginIsConfigured() {
        EntityExchangeResult<byte[]> preflight = http.method(HttpMethod.OPTIONS).uri("/api/bookings")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange().expectBody().returnResult();

        assertThat(preflight.getStatus()).as("preflight from an origin when none is configured")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(preflight.getResponseHeaders().getAccessControlAllowOrigin())
                .as("Access-Control-Allow-Origin when no origin is configured").isNull();
    }

    private static List<String> assets(String html) {
        Matcher urls = Pattern.compile("\\b(?:src|href)=\"([^\"]+)\"").matcher(html);
        return urls.results().map(match -> match.group(1)).toList();
    }

    private static void assertBrowserHeaders(HttpHeaders headers, String what) {
        assertThat(headers.getFirst("Content-Security-Policy")).as("%s: Content-Security-Policy", what)
                .isEqualTo(POLICY).doesNotContain("unsafe-eval").doesNotContain("unsafe-inline");
        assertThat(headers.getFirst("X-Content-Type-Options")).as("%s: X-Content-Type-Options", what)
                .isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).as("%s: Referrer-Policy", what).isEqualTo("no-referrer");
        assertThat(headers.getFirst("X-Frame-Options")).as("%s: X-Frame-Options", what).isEqualTo("DENY");
        assertThat(headers.getFirst("X-Request-Id")).as("%s: X-Request-Id", what).isNotBlank();
    }

    private static void assertNotStored(HttpHeaders headers, String what) {
        assertThat(headers.getCacheControl()).as("%s: Cache-Control", what).contains("no-store");
    }
}
