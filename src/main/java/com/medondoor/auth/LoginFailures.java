package com.medondoor.auth;

import java.time.Duration;
import java.util.Optional;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Failed-login counters in PostgreSQL, one fixed window per subject (an account or a client), read and
 * written through the service's reactive pool: they fail and recover exactly like every other query.
 * Each method is one statement; times are the database's, so replicas with skewed clocks agree.
 */
@Repository
class LoginFailures {

    private final DatabaseClient db;

    LoginFailures(DatabaseClient db) {
        this.db = db;
    }

    /** A refusal: which subjects hold their limit ("account", "client" or both) and how long until both may try again. */
    record Lockout(String subjects, Duration retryAfter) {
    }

    /** The lockout of this account and client, empty when neither holds its limit. */
    Mono<Optional<Lockout>> lockout(String account, int accountLimit, String client, int clientLimit) {
        return db.sql("""
                SELECT string_agg(split_part(subject, ':', 1), ' and ' ORDER BY subject) AS subjects,
                       ceil(extract(epoch FROM max(window_ends) - now()) * 1000)::bigint AS wait_millis
                  FROM login_failures
                 WHERE window_ends > now()
                   AND ((subject = :account AND failures >= :accountLimit)
                     OR (subject = :client AND failures >= :clientLimit))
                """)
                .bind("account", account)
                .bind("accountLimit", accountLimit)
                .bind("client", client)
                .bind("clientLimit", clientLimit)
                .map(row -> Optional.ofNullable(row.get("wait_millis", Long.class))
                        .map(wait -> new Lockout(row.get("subjects", String.class), Duration.ofMillis(wait))))
                .one();
    }

    /**
     * Counts one failure against both subjects, opening a new window for a subject whose last one has
     * ended, and answers the account's failures in its window. The account's row is always locked
     * before the client's, so concurrent failures cannot deadlock.
     */
    Mono<Integer> record(String account, String client, Duration window) {
        return db.sql("""
                WITH counted AS (
                    INSERT INTO login_failures AS f (subject, failures, window_ends)
                    VALUES (:account, 1, now() + :windowMillis * interval '1 millisecond'),
                           (:client,  1, now() + :windowMillis * interval '1 millisecond')
                    ON CONFLICT (subject) DO UPDATE
                       SET failures    = CASE WHEN f.window_ends > now() THEN f.failures + 1 ELSE 1 END,
                           window_ends = CASE WHEN f.window_ends > now() THEN f.window_ends ELSE excluded.window_ends END
                    RETURNING subject, failures
                )
                SELECT failures FROM counted WHERE subject = :account
                """)
                .bind("account", account)
                .bind("client", client)
                .bind("windowMillis", window.toMillis())
                .map(row -> row.get("failures", Integer.class))
                .one();
    }

    Mono<Void> clear(String account) {
        return db.sql("DELETE FROM login_failures WHERE subject = :account")
                .bind("account", account)
                .then();
    }
}
