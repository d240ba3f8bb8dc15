package com.medondoor.auth;

import java.time.Instant;
import java.util.Base64;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.TestKeys;
import com.medondoor.TokenForger;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation and token hygiene (RFC 8725): the service signs with its current key, still accepts
 * tokens of the previous key it is configured with, and refuses a token whose key id, type, validity
 * window or size is not what it issues.
 */
@DirtiesContext
class TokenRotationIntegrationTests extends IntegrationTest {

    private static final RSAKey PREVIOUS = TestKeys.newRsaKey();
    private static final RSAKey STRANGER = TestKeys.newRsaKey();
    /**
     * The key IntegrationTest gives every service. Setting medondoor.jwt.private-key here as well would not
     * do: IntegrationTest's @DynamicPropertySource runs after this class's and would win.
     */
    private static final RSAKey CURRENT = TestKeys.SHARED_KEY;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("medondoor.jwt.previous-public-keys[0]", () -> TestKeys.publicKeyPem(PREVIOUS));
    }

    @Test
    void tokenSignedByThePreviousKeyStillWorks() {
        Api.Account patient = api().patient();
        me(token(PREVIOUS, patient).sign()).expectStatus().isOk();
    }

    @Test
    void tokensIssuedAtLoginCarryTheCurrentKeyId() {
        Api.Account patient = api().patient();
        String header = new String(Base64.getUrlDecoder().decode(patient.token().split("\\.")[0]));
        assertThat(header).as("login token header")
                .contains("\"kid\":\"" + kid(CURRENT) + "\"").contains("\"typ\":\"at+jwt\"");
    }

    @Test
    void tokenOfAnUnknownKeyIsRefused() {
        Api.Account patient = api().patient();
        refused(token(STRANGER, patient).sign());
    }

    @Test
    void tokenWithoutKeyIdIsRefused() {
        Api.Account patient = api().patient();
        refused(token(CURRENT, patient).keyId(null).sign());
    }

    @Test
    void tokenOfAnotherTypeIsRefused() {
        Api.Account patient = api().patient();
        refused(token(CURRENT, patient).type("JWT").sign());
    }

    @Test
    void tokenNotYetValidIsRefused() {
        Api.Account patient = api().patient();
        refused(token(CURRENT, patient).notBefore(Instant.now().plusSeconds(300)).sign());
    }

    @Test
    void oversizedTokenIsRefusedWithAProblem() {
        Api.Account patient = api().patient();
        String padding = "x".repeat(AccessTokenVerification.MAX_TOKEN_LENGTH);
        refused(token(CURRENT, patient).claim("padding", padding).sign());
    }

    private void refused(String token) {
        me(token).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    private WebTestClient.ResponseSpec me(String token) {
        return http.get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange();
    }

    /** A token like the service's, signed by {@code key} and naming it by the thumbprint the service gives it. */
    private static TokenForger token(RSAKey key, Api.Account account) {
        return TokenForger.accessToken(key, account.id(), "USER").keyId(kid(key));
    }

    private static String kid(RSAKey key) {
        try {
            return key.computeThumbprint().toString();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
