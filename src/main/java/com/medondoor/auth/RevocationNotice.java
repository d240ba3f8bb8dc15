package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

/** A notification on {@link Revocations#CHANNEL}: the revoked token's id and when the token expires. */
record RevocationNotice(UUID jti, Instant expiresAt) {

    /**
     * Reads a payload {@code "<jti> <exp in epoch seconds>"}. Throws {@link IllegalArgumentException} when
     * it is not ours, without the payload in the message: it may hold a token id.
     */
    static RevocationNotice parse(String payload) {
        try {
            int space = payload.indexOf(' ');
            return new RevocationNotice(UUID.fromString(payload.substring(0, space)),
                    Instant.ofEpochSecond(Long.parseLong(payload.substring(space + 1))));
        }
        catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("A revocation notification that is not \"<jti> <expiry>\"");
        }
    }
}
