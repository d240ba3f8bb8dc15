package com.medondoor.auth;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RSA key pair that signs and verifies access tokens, from configuration or generated. */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    @Bean
    RSAKey signingKey(JwtProperties properties) throws Exception {
        String configured = properties.privateKey();
        if (configured == null || configured.isBlank()) {
            log.warn("No medondoor.jwt.private-key configured: generated a signing key for this process only. "
                    + "Tokens will not survive a restart and other replicas will refuse them.");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyID(keyId(properties, UUID.randomUUID().toString()))
                    .build();
        }
        String text = configured.strip();
        return text.startsWith("{") ? fromJwk(text, properties) : fromPem(text, properties);
    }

    /** The keys tokens are verified with, by {@code kid}: the signing key's and the previous ones. */
    @Bean
    JWKSet verificationKeys(RSAKey signingKey, JwtProperties properties) throws Exception {
        List<JWK> keys = new ArrayList<>();
        keys.add(signingKey.toPublicJWK());
        for (String previous : properties.previousPublicKeys()) {
            keys.add(previousKey(previous.strip()));
        }
        return new JWKSet(keys);
    }

    private static RSAKey previousKey(String text) throws Exception {
        if (text.startsWith("{")) {
            RSAKey jwk = RSAKey.parse(text).toPublicJWK();
            return jwk.getKeyID() != null ? jwk : new RSAKey.Builder(jwk).keyIDFromThumbprint().build();
        }
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new RSAKey.Builder(publicKey).keyIDFromThumbprint().build();
    }

    private static RSAKey fromJwk(String json, JwtProperties properties) throws Exception {
        RSAKey jwk = RSAKey.parse(json);
        if (!jwk.isPrivate()) {
            throw new IllegalStateException("medondoor.jwt.private-key is a public JWK; a private RSA key is needed");
        }
        return new RSAKey.Builder(jwk).keyID(keyId(properties, jwk.getKeyID() != null ? jwk.getKeyID()
                : jwk.computeThumbprint().toString())).build();
    }

    private static RSAKey fromPem(String pem, JwtProperties properties) throws Exception {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        var publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        return new RSAKey.Builder(key).keyID(keyId(properties, thumbprint(key))).build();
    }

    private static String thumbprint(RSAKey key) throws JOSEException {
        return key.computeThumbprint().toString();
    }

    private static String keyId(JwtProperties properties, String fallback) {
        return properties.keyId() == null || properties.keyId().isBlank() ? fallback : properties.keyId();
    }
}
