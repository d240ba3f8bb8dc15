package com.medondoor.auth;

import java.text.ParseException;
import java.time.Duration;
import java.util.UUID;

import com.medondoor.Api;
import com.nimbusds.jwt.SignedJWT;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Revocations made behind the service's back, and what a replica answers to a token, for the revocation tests. */
final class RevocationFixture {

    /** Far below the request deadline (10 s), which a request waiting for a locked table would reach. */
    static final Duration QUICK = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(10);

    private final DatabaseClient db;

    RevocationFixture(DatabaseClient db) {
        this.db = db;
    }

    /** Revokes the token straight in the table, as a logout on some replica does; the trigger notifies. */
    void revoke(Api.Account account) {
        db.sql("INSERT INTO revoked_tokens (jti, expires_at) VALUES (:jti, now() + interval '15 minutes')")
                .bind("jti", jti(account))
                .then().block(TIMEOUT);
    }

    /** Revokes the token with no notification, like one sent while a replica was not listening. */
    void revokeUnnotified(Api.Account account) {
        withoutNotifications(() -> revoke(account));
    }

    /** Runs {@code action} while revocations notify nobody. */
    void withoutNotifications(Runnable action) {
        db.sql("ALTER TABLE revoked_tokens DISABLE TRIGGER notify_revoked_token").then().block(TIMEOUT);
        try {
            action.run();
        }
        finally {
            db.sql("ALTER TABLE revoked_tokens ENABLE TRIGGER notify_revoked_token").then().block(TIMEOUT);
        }
    }

    /** Terminates the LISTEN connection of every replica on the test's database. */
    long terminateListeners() {
        return db.sql("""
                SELECT count(pg_terminate_backend(pid)) AS terminated FROM pg_stat_activity
                 WHERE application_name = 'medondoor-listener' AND datname = current_database()
                """)
                .map(row -> row.get("terminated", Long.class))
                .one().block(TIMEOUT);
    }

    /** The status of {@code GET /api/me} with the account's token, which must come quickly. */
    static int me(WebTestClient replica, Api.Account account) {
        try {
            return replica.mutate().responseTimeout(QUICK).build()
                    .get().uri("/api/me").headers(h -> h.setBearerAuth(account.token()))
                    .exchange().returnResult(String.class).getStatus().value();
        }
        catch (IllegalStateException timedOut) {
            throw new AssertionError("GET /api/me unanswered after " + QUICK.toSeconds()
                    + " s: it waited for revoked_tokens, which the test holds locked", timedOut);
        }
    }

    static UUID jti(Api.Account account) {
        try {
            return UUID.fromString(SignedJWT.parse(account.token()).getJWTClaimsSet().getJWTID());
        }
        catch (ParseException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    /**
     * Awaitility, waiting for what the revocation tests wait for: a replica's listener or its memory. The
     * tests terminate listeners; what the replicas' threads then hand to the uncaught-exception handler is
     * theirs to log, not a failure of the wait.
     */
    static ConditionFactory awaiting(String what) {
        return Awaitility.await(what).atMost(TIMEOUT).pollDelay(Duration.ZERO).pollInterval(POLL)
                .dontCatchUncaughtExceptions();
    }
}
