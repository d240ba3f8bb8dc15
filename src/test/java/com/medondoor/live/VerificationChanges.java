package com.medondoor.live;

import java.time.Duration;

import com.medondoor.Api;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/**
 * Changes a provider's verification in SQL, as the administrators' API does it: migration V12's trigger
 * notifies {@code account_changes} when the change commits.
 */
final class VerificationChanges {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DatabaseClient db;

    VerificationChanges(DatabaseClient db) {
        this.db = db;
    }

    /** Sets the status, and returns once it is committed. */
    void set(Api.Account provider, String status) {
        Long changed = db.sql("""
                UPDATE users SET verification = :status, verification_changed = now()
                 WHERE id = :id AND role = 'PROVIDER'
                """)
                .bind("status", status)
                .bind("id", provider.id())
                .fetch().rowsUpdated().block(TIMEOUT);
        if (changed == null || changed != 1) {
            throw new IllegalStateException("no provider " + provider.id() + " to set " + status);
        }
    }

    /** The user as {@code GET /api/me} shows them now, what {@code account.updated} carries. */
    static JsonNode me(Api api, Api.Account account) {
        return LiveClient.json(api.get("/api/me", account).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }
}
