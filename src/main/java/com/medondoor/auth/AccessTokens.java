package com.medondoor.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.medondoor.account.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

/** Issues signed access tokens (RFC 9068 style: {@code typ: at+jwt}, with a {@code kid}). */
@Component
class AccessTokens {

    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;

    private final RSAKey key;
    private final RSASSASigner signer;
    private final JwtProperties properties;
    private final Clock clock;

    AccessTokens(RSAKey signingKey, JwtProperties properties, Clock clock) throws JOSEException {
        this.key = signingKey;
        this.signer = new RSASSASigner(signingKey);
        this.properties = properties;
        this.clock = clock;
    }

    /** The claim naming the session a token belongs to: ending the session revokes it ({@link Sessions}). */
    static final String SESSION_CLAIM = "sid";

    IssuedToken issue(UUID userId, Role role, UUID session) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId.toString())
                .claim(Role.CLAIM, role.name())
                .issuer(properties.issuer())
                .audience(properties.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(SESSION_CLAIM, session.toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(ALGORITHM).type(TYPE).keyID(key.getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        }
        catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), properties.accessTokenTtl().toSeconds());
    }

    record IssuedToken(String value, long expiresInSeconds) {
    }
}
