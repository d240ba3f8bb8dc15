package com.medondoor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * The one way tests make a JWT of their own: an access token built as the service builds one (RS256,
 * {@code typ: at+jwt}, the key's {@code kid}, subject, role, issuer, audience, a fifteen-minute window and
 * a fresh {@code jti}), with whatever the test changes on top, then signed, signed wrongly or not at all.
 * Each setter changes this forger and returns it; the times left unset are taken when the token is made.
 */
public final class TokenForger {

    /** Issuer and audience as application.yml sets them. */
    public static final String ISSUER = "medondoor";
    public static final String AUDIENCE = "medondoor-api";
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private RSAKey signingKey;
    private String keyId;
    private String type = "at+jwt";
    private String subject;
    private String role;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant notBefore;
    private String jwtId = UUID.randomUUID().toString();
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private TokenForger(RSAKey signingKey, UUID subject, String role) {
        this.signingKey = signingKey;
        this.keyId = signingKey.getKeyID();
        this.subject = subject.toString();
        this.role = role;
    }

    /** A token of this account with this role, signed by {@code key} and naming its key id. */
    public static TokenForger accessToken(RSAKey key, UUID subject, String role) {
        return new TokenForger(key, subject, role);
    }

    /** Signs with another key, the header's {@code kid} unchanged. */
    public TokenForger signingKey(RSAKey key) {
        this.signingKey = key;
        return this;
    }

    /** The header's {@code kid}; null for none. */
    public TokenForger keyId(String keyId) {
        this.keyId = keyId;
        return this;
    }

    /** The header's {@code typ}. */
    public TokenForger type(String type) {
        this.type = type;
        return this;
    }

    public TokenForger subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TokenForger role(String role) {
        this.role = role;
        return this;
    }

    public TokenForger issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TokenForger audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** Issued at this time; unless {@link #expiresAt} is set, it expires fifteen minutes later. */
    public TokenForger issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    public TokenForger expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** An {@code nbf} claim, which the service's tokens do not carry. */
    public TokenForger notBefore(Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    public TokenForger jwtId(String jwtId) {
        this.jwtId = jwtId;
        return this;
    }

    /** A claim of any name and value besides the usual ones. */
    public TokenForger claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** RS256 with the signing key. */
    public String sign() {
        try {
            return sign(new RSASSASigner(signingKey), JWSAlgorithm.RS256);
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic key confusion: HS256 with the signing key's public half as the shared secret. */
    public String signHs256WithThePublicKey() {
        try {
            return sign(new MACSigner(signingKey.toRSAPublicKey().getEncoded()), JWSAlgorithm.HS256);
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}, no signature at all. */
    public String unsigned() {
        return new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType(type)).build(), claims()).serialize();
    }

    /** Signed with RS256, then its payload's JSON edited while the signature is kept; the edit must change it. */
    public String signThenEditPayload(UnaryOperator<String> edit) {
        String[] parts = sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String edited = edit.apply(payload);
        if (edited.equals(payload)) {
            throw new IllegalStateException("The edit left the payload as it was: " + payload);
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(edited.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }

    private String sign(JWSSigner signer, JWSAlgorithm algorithm) throws JOSEException {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(new JOSEObjectType(type));
        if (keyId != null) {
            header.keyID(keyId);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private JWTClaimsSet claims() {
        Instant issued = issuedAt != null ? issuedAt : Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("role", role)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiresAt != null ? expiresAt : issued.plus(LIFETIME)))
                .jwtID(jwtId);
        if (notBefore != null) {
            builder.notBeforeTime(Date.from(notBefore));
        }
        claims.forEach(builder::claim);
        return builder.build();
    }
}
