package com.medondoor.auth;

import java.util.UUID;

import com.medondoor.account.Verification;
import com.medondoor.system.PageRequest;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Providers as administrators see and verify them. */
@Repository
class VerificationRepository {

    /**
     * One change of a provider's verification, only from the status it must be in, with its audit entry in
     * the same statement. The users row's trigger tells every replica (NOTIFY account_changes) on commit.
     */
    private static final String CHANGE = """
            WITH changed AS (
                UPDATE users
                   SET verification = :to, verification_reason = :shownReason, verification_changed = now()
                 WHERE id = :id AND role = 'PROVIDER' AND verification = :from
                RETURNING *
            ), audited AS (
                INSERT INTO audit_log (actor_id, action, subject_id, reason)
                SELECT :actor, :action, id, :reason FROM changed
            )
            SELECT * FROM changed
            """;

    /** Providers, oldest verification change first: the queue of those waiting comes first. */
    private static final String PROVIDERS = "FROM users WHERE role = 'PROVIDER'";
    private static final String IN_STATUS = " AND verification = :status";
    private static final String MATCHING = " AND (name ILIKE :pattern OR email ILIKE :pattern"
            + " OR licence_number ILIKE :pattern OR identity_document ILIKE :pattern)";

    private final DatabaseClient db;

    VerificationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The provider after the change; empty when they are not in the status it starts from (or no provider). */
    Mono<User> change(UUID id, VerificationChange change, UUID actor, String reason) {
        return db.sql(CHANGE)
                .bind("id", id)
                .bind("from", change.from.name())
                .bind("to", change.to.name())
                .bind("shownReason", Parameters.in(R2dbcType.VARCHAR, change.tellsTheProviderWhy() ? reason : null))
                .bind("actor", actor)
                .bind("action", change.action)
                .bind("reason", reason)
                .map(UserRepository::user)
                .one();
    }

    Mono<User> findProvider(UUID id) {
        return db.sql("SELECT * " + PROVIDERS + " AND id = :id").bind("id", id).map(UserRepository::user).one();
    }

    /** Providers in the status (any, if null) whose name, email, licence or identity contains {@code query}. */
    Flux<User> find(Verification status, String query, PageRequest page) {
        return filtered("SELECT * " + PROVIDERS + where(status, query)
                + " ORDER BY verification_changed, id LIMIT :limit OFFSET :offset", status, query)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(UserRepository::user)
                .all();
    }

    Mono<Long> count(Verification status, String query) {
        return filtered("SELECT count(*) AS total " + PROVIDERS + where(status, query), status, query)
                .map(row -> row.get("total", Long.class))
                .one();
    }

    private static String where(Verification status, String query) {
        return (status == null ? "" : IN_STATUS) + (query == null ? "" : MATCHING);
    }

    private DatabaseClient.GenericExecuteSpec filtered(String sql, Verification status, String query) {
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        if (status != null) {
            spec = spec.bind("status", status.name());
        }
        return query == null ? spec : spec.bind("pattern", "%" + escapeLike(query) + "%");
    }

    /** The query as literal text in a LIKE pattern, whose escape character is the backslash. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
