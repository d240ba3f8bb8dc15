package com.medondoor;

import java.security.KeyPairGenerator;
import java.util.Base64;

/** Signing keys for tests that run several replicas, which must share one to accept each other's tokens. */
public final class TestKeys {

    /** The key of every integration test's service and of the replicas it starts, made once per test JVM. */
    public static final String SHARED = newPrivateKeyPem();

    private TestKeys() {
    }

    /** A fresh RSA private key as PKCS#8 PEM, the form medondoor.jwt.private-key takes. */
    public static String newPrivateKeyPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
