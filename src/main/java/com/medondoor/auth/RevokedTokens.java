package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Token ids revoked by logout; a row lives until its token would have expired anyway. */
@Repository
class RevokedTokens {

    private final DatabaseClient db;

    RevokedTokens(DatabaseClient db) {
        this.db = db;
    }

    Mono<Boolean> isRevoked(UUID jti) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM revoked_tokens WHERE jti = :jti) AS revoked")
                .bind("jti", jti)
                .map(row -> row.get("revoked", Boolean.class))
                .one();
    }

    /** Revokes one token; the retention sweep forgets it once it has expired (see {@link ExpiredRevocations}). */
    Mono<Void> revoke(UUID jti, Instant expiresAt) {
        return db.sql("""
                INSERT INTO revoked_tokens (jti, expires_at)
                VALUES (:jti, :expiresAt)
                ON CONFLICT (jti) DO NOTHING
                """)
                .bind("jti", jti)
                .bind("expiresAt", expiresAt)
                .then();
    }
}
