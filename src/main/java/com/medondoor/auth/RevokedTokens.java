package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Token ids revoked by logout; a row lives until its token would have expired anyway. Each replica
 * keeps a copy in memory ({@link Revocations}); these reads serve it, and serve checks while it cannot
 * be trusted.
 */
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

    /** Those of these token ids that are revoked. */
    Flux<UUID> revokedAmong(UUID[] jtis) {
        return db.sql("SELECT jti FROM revoked_tokens WHERE jti = ANY(:jtis)")
                .bind("jtis", jtis)
                .map(row -> row.get("jti", UUID.class))
                .all();
    }

    /** Every revocation kept: the retention sweep leaves only those of tokens unexpired a minute ago. */
    Flux<Revocation> all() {
        return db.sql("SELECT jti, expires_at FROM revoked_tokens")
                .map(row -> new Revocation(row.get("jti", UUID.class), row.get("expires_at", Instant.class)))
                .all();
    }

    /**
     * The revocations made in the last {@code seconds} (by the database's clock). A logout is one
     * statement, so it commits within milliseconds of the time it records.
     */
    Flux<Revocation> recent(long seconds) {
        return db.sql("SELECT jti, expires_at FROM revoked_tokens WHERE revoked_at > now() - make_interval(secs => :seconds)")
                .bind("seconds", seconds)
                .map(row -> new Revocation(row.get("jti", UUID.class), row.get("expires_at", Instant.class)))
                .all();
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

    record Revocation(UUID jti, Instant expiresAt) {
    }
}
