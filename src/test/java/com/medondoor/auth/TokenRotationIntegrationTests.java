package com.medondoor.auth;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Key rotation and token hygiene (RFC 8725): the service signs with its current key, still accepts
 * tokens of the previous key it is configured with, and refuses a token whose key id, type, validity
 * window or size is not what it issues.
 */
@DirtiesContext
class TokenRotationIntegrationTests extends IntegrationTest {

    private static final RSAKey PREVIOUS = newKey();
    private static final RSAKey CURRENT = newKey();
    private static final RSAKey STRANGER = newKey();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("medondoor.jwt.private-key", () -> pem("PRIVATE KEY", privateKey(CURRENT).getEncoded()));
        registry.add("medondoor.jwt.previous-public-keys[0]", () -> pem("PUBLIC KEY", publicKey(PREVIOUS).getEncoded()));
    }

    @Test
    void tokenSignedByThePreviousKeyStillWorks() {
        Api.Account patient = api().patient();
        me(sign(PREVIOUS, kid(PREVIOUS), "at+jwt", patient, Instant.now(), null)).expectStatus().isOk();
    }

    @Test
    void tokensIssuedAtLoginCarryTheCurrentKeyId() {
        Api.Account patient = api().patient();
        String header = new String(Base64.getUrlDecoder().decode(patient.token().split("\\.")[0]));
        org.assertj.core.api.Assertions.assertThat(header).as("login token header")
                .contains("\"kid\":\"" + kid(CURRENT) + "\"").contains("\"typ\":\"at+jwt\"");
    }

    @Test
    void tokenOfAnUnknownKeyIsRefused() {
        Api.Account patient = api().patient();
        refused(sign(STRANGER, kid(STRANGER), "at+jwt", patient, Instant.now(), null));
    }

    @Test
    void tokenWithoutKeyIdIsRefused() {
        Api.Account patient = api().patient();
        refused(sign(CURRENT, null, "at+jwt", patient, Instant.now(), null));
    }

    @Test
    void tokenOfAnotherTypeIsRefused() {
        Api.Account patient = api().patient();
        refused(sign(CURRENT, kid(CURRENT), "JWT", patient, Instant.now(), null));
    }

    @Test
    void tokenNotYetValidIsRefused() {
        Api.Account patient = api().patient();
        refused(sign(CURRENT, kid(CURRENT), "at+jwt", patient, Instant.now(), Instant.now().plusSeconds(300)));
    }

    @Test
    void oversizedTokenIsRefusedWithAProblem() {
        Api.Account patient = api().patient();
        String padding = "x".repeat(AccessTokenVerification.MAX_TOKEN_LENGTH);
        refused(sign(CURRENT, kid(CURRENT), "at+jwt", patient, Instant.now(), null, padding));
    }

    private void refused(String token) {
        me(token).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    private WebTestClient.ResponseSpec me(String token) {
        return http.get().uri("/api/me").headers(h -> h.setBearerAuth(token)).exchange();
    }

    private static String sign(RSAKey key, String kid, String type, Api.Account account, Instant issuedAt,
            Instant notBefore) {
        return sign(key, kid, type, account, issuedAt, notBefore, null);
    }

    /** A token like the service's, signed by {@code key}, with whatever header and window is asked. */
    private static String sign(RSAKey key, String kid, String type, Api.Account account, Instant issuedAt,
            Instant notBefore, String padding) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(account.id().toString())
                .claim("role", "USER")
                .issuer("medondoor")
                .audience("medondoor-api")
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(10))))
                .jwtID(UUID.randomUUID().toString());
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        if (padding != null) {
            claims.claim("padding", padding);
        }
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType(type));
        if (kid != null) {
            header.keyID(kid);
        }
        try {
            SignedJWT jwt = new SignedJWT(header.build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kid(RSAKey key) {
        try {
            return key.computeThumbprint().toString();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).build();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPrivateKey privateKey(RSAKey key) {
        try {
            return key.toRSAPrivateKey();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPublicKey publicKey(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
