package com.medondoor.admin;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.system.PageRequest;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the audit log, which only grows: the database refuses to change or delete its rows (migration V12). */
@Repository
class AuditRepository {

    private final DatabaseClient db;

    AuditRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Entries about {@code subject} (every entry, if null), newest first. */
    Flux<AuditEntry> find(UUID subject, PageRequest page) {
        return about(subject, """
                SELECT entry.*, actor.name AS actor_name
                  FROM audit_log entry
                  LEFT JOIN accounts actor ON actor.id = entry.actor_id
                """ + where(subject) + """
                 ORDER BY entry.occurred_at DESC, entry.id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(AuditRepository::entry)
                .all();
    }

    Mono<Long> count(UUID subject) {
        return about(subject, "SELECT count(*) AS total FROM audit_log entry" + where(subject))
                .map(row -> row.get("total", Long.class))
                .one();
    }

    private static String where(UUID subject) {
        return subject == null ? "" : " WHERE entry.subject_id = :subject\n";
    }

    private DatabaseClient.GenericExecuteSpec about(UUID subject, String sql) {
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        return subject == null ? spec : spec.bind("subject", subject);
    }

    private static AuditEntry entry(Readable row) {
        UUID actor = row.get("actor_id", UUID.class);
        return new AuditEntry(row.get("id", Long.class),
                actor == null ? null : new AuditEntry.Actor(actor, row.get("actor_name", String.class)),
                row.get("action", String.class), row.get("subject_id", UUID.class), row.get("reason", String.class),
                row.get("occurred_at", Instant.class));
    }
}
