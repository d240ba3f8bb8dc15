package com.medondoor.auth;

import com.medondoor.system.ExpiredRows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Revocations of tokens that have expired: the decoder refuses such a token by its {@code exp} alone.
 * A row is kept a minute past that, because the replicas check {@code exp} against their own clocks and
 * the sweep against the database's: a replica whose clock lags must not find the revocation gone while
 * it still accepts the token.
 */
@Repository
class ExpiredRevocations implements ExpiredRows {

    // Rows another sweeper has locked are skipped, not waited for.
    private static final String DELETE_BATCH = """
            DELETE FROM revoked_tokens
             WHERE jti = ANY (ARRAY(
                       SELECT jti
                         FROM revoked_tokens
                        WHERE expires_at < now() - interval '1 minute'
                        LIMIT :limit
                          FOR UPDATE SKIP LOCKED))
            """;

    private final DatabaseClient db;

    ExpiredRevocations(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String table() {
        return "revoked_tokens";
    }

    @Override
    public Mono<Long> deleteBatch(int limit) {
        return db.sql(DELETE_BATCH).bind("limit", limit).fetch().rowsUpdated();
    }
}
