package com.medondoor.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.Role;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class SessionRepository {

    /** Whether the session's account is suspended, for a statement about the session {@code s}. */
    private static final String SUSPENDED = "EXISTS (SELECT FROM users u WHERE u.id = s.user_id AND u.verification = 'SUSPENDED')";

    private final DatabaseClient db;

    SessionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> start(UUID session, UUID user, Duration idle, Duration lifetime) {
        return db.sql("""
                INSERT INTO sessions (id, user_id, idle_expires_at, expires_at)
                VALUES (:id, :user, now() + make_interval(secs => :idle), now() + make_interval(secs => :lifetime))
                """)
                .bind("id", session).bind("user", user)
                .bind("idle", seconds(idle)).bind("lifetime", seconds(lifetime))
                .then();
    }

    /**
     * Moves the session on to its next generation if {@code generation} is its current one, it has not
     * ended, idled out or outlived itself, and its account is not suspended: one statement, so that of two
     * renewals with the same token one wins. Empty otherwise.
     */
    Mono<Renewal> rotate(UUID session, int generation, Duration idle, Duration adminIdle) {
        return db.sql("""
                UPDATE sessions s
                   SET generation = generation + 1, rotated_at = now(),
                       idle_expires_at = least(expires_at, now() + make_interval(secs =>
                           CASE (SELECT role FROM users WHERE id = s.user_id) WHEN 'ADMIN' THEN :adminIdle ELSE :idle END))
                 WHERE id = :id
                   AND generation = :generation
                   AND ended_at IS NULL
                   AND now() < idle_expires_at
                   AND now() < expires_at
                   AND NOT %s
                RETURNING user_id, generation, expires_at, (SELECT role FROM users WHERE id = s.user_id) AS role
                """.formatted(SUSPENDED))
                .bind("id", session).bind("generation", generation)
                .bind("idle", seconds(idle)).bind("adminIdle", seconds(adminIdle))
                .map(row -> new Renewal(row.get("user_id", UUID.class), Role.valueOf(row.get("role", String.class)),
                        row.get("generation", Integer.class), row.get("expires_at", Instant.class)))
                .one();
    }

    /** The session as it is, for explaining a refused renewal; empty if there is none. */
    Mono<State> find(UUID session, Duration grace) {
        return db.sql("""
                SELECT s.user_id, s.generation, s.expires_at, u.role,
                       s.rotated_at > now() - make_interval(secs => :grace) AS in_grace,
                       s.ended_at IS NULL AND now() < s.idle_expires_at AND now() < s.expires_at AS live,
                       %s AS suspended
                  FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.id = :id
                """.formatted(SUSPENDED))
                .bind("id", session).bind("grace", seconds(grace))
                .map(row -> new State(new Renewal(row.get("user_id", UUID.class), Role.valueOf(row.get("role", String.class)),
                        row.get("generation", Integer.class), row.get("expires_at", Instant.class)),
                        Boolean.TRUE.equals(row.get("in_grace", Boolean.class)),
                        Boolean.TRUE.equals(row.get("live", Boolean.class)),
                        Boolean.TRUE.equals(row.get("suspended", Boolean.class))))
                .one();
    }

    /** Ends the session if it has not ended; whether this ended it. */
    Mono<Boolean> end(UUID session, String reason) {
        return db.sql("UPDATE sessions SET ended_at = now(), end_reason = :reason WHERE id = :id AND ended_at IS NULL")
                .bind("id", session).bind("reason", reason)
                .fetch().rowsUpdated()
                .map(ended -> ended > 0);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** A session's account, generation now and end. */
    record Renewal(UUID user, Role role, int generation, Instant expiresAt) {
    }

    /** A session as a refused renewal finds it: whether it was renewed within the grace, is live, its account suspended. */
    record State(Renewal current, boolean inGrace, boolean live, boolean suspended) {
    }
}
