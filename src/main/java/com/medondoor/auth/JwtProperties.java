package com.medondoor.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access-token settings ({@code medondoor.jwt.*}). {@code privateKey} is an RSA private key as PKCS#8
 * PEM or as a JWK; replicas that share it accept each other's tokens. Without it a key is generated
 * at start, and tokens die with the process. {@code previousPublicKeys} are keys that signed tokens
 * before the last rotation (X.509 PEM, or JWK to keep a custom {@code kid}); tokens they signed are
 * accepted until they expire, so a rotation logs nobody out.
 */
@ConfigurationProperties("medondoor.jwt")
public record JwtProperties(
        @DefaultValue("medondoor") String issuer,
        @DefaultValue("medondoor-api") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        String privateKey,
        String keyId,
        List<String> previousPublicKeys) {

    public JwtProperties {
        previousPublicKeys = previousPublicKeys == null ? List.of() : List.copyOf(previousPublicKeys);
    }
}
