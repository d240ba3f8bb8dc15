package com.medondoor.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.auth.JwtProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds access tokens the way the service does (RS256, {@code typ: at+jwt}, the service's {@code kid},
 * the same claims), then breaks exactly one thing about them. {@link #genuine()} is the unbroken
 * control: if it were refused, every refusal of a forgery would prove nothing.
 */
public final class TokenForger {

    private static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

    private final RSAKey serviceKey;
    private final JwtProperties properties;
    private final Account account;
    private final String role;

    public TokenForger(RSAKey serviceKey, JwtProperties properties, Account account, String role) {
        this.serviceKey = serviceKey;
        this.properties = properties;
        this.account = account;
        this.role = role;
    }

    public String genuine() {
        return rs256(serviceKey, claims(Instant.now(), Duration.ofMinutes(15)).build());
    }

    public String signedByAnotherKey() {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).keyID(serviceKey.getKeyID()).generate();
            return rs256(stranger, claims(Instant.now(), Duration.ofMinutes(15)).build());
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Expired five minutes ago: well past any clock skew the verifier tolerates. */
    public String expired() {
        return rs256(serviceKey, claims(Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(15)).build());
    }

    public String algNone() {
        return new PlainJWT(new PlainHeader.Builder().type(ACCESS_TOKEN).build(),
                claims(Instant.now(), Duration.ofMinutes(15)).build()).serialize();
    }

    /** The classic key confusion: HS256 with the service's public key as the shared secret. */
    public String hs256WithThePublicKeyAsSecret() {
        try {
            return sign(new MACSigner(serviceKey.toRSAPublicKey().getEncoded()), JWSAlgorithm.HS256,
                    claims(Instant.now(), Duration.ofMinutes(15)).build());
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String wrongIssuer() {
        return rs256(serviceKey, claims(Instant.now(), Duration.ofMinutes(15)).issuer("someone-else").build());
    }

    public String wrongAudience() {
        return rs256(serviceKey, claims(Instant.now(), Duration.ofMinutes(15)).audience("another-api").build());
    }

    /** A genuine token whose payload was edited to claim another role, its signature kept. */
    public String payloadEditedToAnotherRole() {
        String[] parts = genuine().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = payload.replace("\"role\":\"" + role + "\"",
                "\"role\":\"" + (role.equals("USER") ? "PROVIDER" : "USER") + "\"");
        if (edited.equals(payload)) {
            throw new IllegalStateException("The genuine token has no role claim to edit: " + payload);
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(edited.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }

    private JWTClaimsSet.Builder claims(Instant issuedAt, Duration lifetime) {
        return new JWTClaimsSet.Builder()
                .subject(account.id().toString())
                .claim("role", role)
                .issuer(properties.issuer())
                .audience(properties.audience())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    private String rs256(RSAKey key, JWTClaimsSet claims) {
        try {
            return sign(new RSASSASigner(key), JWSAlgorithm.RS256, claims);
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(algorithm).type(ACCESS_TOKEN).keyID(serviceKey.getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
