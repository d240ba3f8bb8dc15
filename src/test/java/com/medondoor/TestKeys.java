package com.medondoor;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

/** Signing keys for tests that run several replicas, which must share one to accept each other's tokens. */
public final class TestKeys {

    /** The key of every integration test's service and of the replicas it starts, made once per test JVM. */
    public static final RSAKey SHARED_KEY = newRsaKey();

    /** {@link #SHARED_KEY} as medondoor.jwt.private-key takes it. */
    public static final String SHARED = privateKeyPem(SHARED_KEY);

    private TestKeys() {
    }

    /** A fresh 2048-bit RSA key pair without a key id, for {@link TokenForger} and the PEMs below. */
    public static RSAKey newRsaKey() {
        KeyPair pair = newKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate()).build();
    }

    /** The key's private half as PKCS#8 PEM, the form medondoor.jwt.private-key takes. */
    public static String privateKeyPem(RSAKey key) {
        try {
            return pem("PRIVATE KEY", key.toRSAPrivateKey().getEncoded());
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key's public half as X.509 PEM, the form medondoor.jwt.previous-public-keys take. */
    public static String publicKeyPem(RSAKey key) {
        try {
            return pem("PUBLIC KEY", key.toRSAPublicKey().getEncoded());
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
