package com.medondoor.live;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads accounts' verification status from the {@code accounts} view, for {@link AccountWatch}. An account
 * without one (a patient, an administrator, or none at all) reads as {@link #NONE}.
 */
@Repository
class AccountStatuses {

    static final String NONE = "NONE";

    private final DatabaseClient db;

    AccountStatuses(DatabaseClient db) {
        this.db = db;
    }

    Mono<String> of(UUID account) {
        return db.sql("SELECT coalesce((SELECT verification FROM accounts WHERE id = :id), :none) AS verification")
                .bind("id", account)
                .bind("none", NONE)
                .map(row -> row.get("verification", String.class))
                .one();
    }

    /** Those of these accounts whose status is no longer the one given beside it; one query for them all. */
    Flux<UUID> changedAmong(UUID[] accounts, String[] statuses) {
        return db.sql("""
                SELECT known.id
                  FROM unnest(CAST(:accounts AS uuid[]), CAST(:statuses AS text[])) AS known (id, verification)
                  LEFT JOIN accounts account ON account.id = known.id
                 WHERE coalesce(account.verification, :none) <> known.verification
                """)
                .bind("accounts", accounts)
                .bind("statuses", statuses)
                .bind("none", NONE)
                .map(row -> row.get("id", UUID.class))
                .all();
    }
}
