package com.medondoor.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.stereotype.Component;

/**
 * A session's refresh tokens: {@code <session id>.<generation>.<MAC>}, the MAC an HMAC-SHA256 over the
 * other two under a key derived from the access tokens' signing key, so that every replica that shares
 * that key makes and checks the same tokens, and the database keeps nothing a thief could use. The token
 * of the session's current generation is the only one that renews (see {@link Sessions}).
 */
@Component
class RefreshTokens {

    private static final Pattern SHAPE = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(0|[1-9][0-9]{0,8})\\.([A-Za-z0-9_-]{43})");

    private final SecretKeySpec key;

    RefreshTokens(RSAKey signingKey) throws JOSEException, GeneralSecurityException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update("medondoor refresh tokens".getBytes(StandardCharsets.UTF_8));
        this.key = new SecretKeySpec(digest.digest(signingKey.toRSAPrivateKey().getEncoded()), "HmacSHA256");
    }

    String of(UUID session, int generation) {
        String claim = session + "." + generation;
        return claim + "." + mac(claim);
    }

    /** The session and generation a token names, if it is one of ours; empty for anything else. */
    Optional<Presented> read(String token) {
        Matcher parts = token == null ? null : SHAPE.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        String claim = parts.group(1) + "." + parts.group(2);
        boolean genuine = MessageDigest.isEqual(mac(claim).getBytes(StandardCharsets.US_ASCII),
                parts.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Presented(UUID.fromString(parts.group(1)), Integer.parseInt(parts.group(2))))
                : Optional.empty();
    }

    private String mac(String claim) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac.doFinal(claim.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** A genuine refresh token: its session, and the generation it was issued as. */
    record Presented(UUID session, int generation) {
    }
}
