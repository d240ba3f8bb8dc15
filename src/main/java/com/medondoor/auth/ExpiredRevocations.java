package com.medondoor.auth;

import com.medondoor.system.ExpiredRowsWhere;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Revocations of tokens that have expired: the decoder refuses such a token by its {@code exp} alone.
 * A row is kept a minute past that, because the replicas check {@code exp} against their own clocks and
 * the sweep against the database's: a replica whose clock lags must not find the revocation gone while
 * it still accepts the token.
 */
@Repository
class ExpiredRevocations extends ExpiredRowsWhere {

    ExpiredRevocations(DatabaseClient db) {
        super(db, "revoked_tokens", "expires_at < now() - interval '1 minute'");
    }
}
