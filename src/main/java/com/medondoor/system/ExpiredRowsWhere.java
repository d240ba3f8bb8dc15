package com.medondoor.system;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The rows of one table that match a condition of expiry, deleted a batch at a time. Rows are picked
 * by {@code ctid}, which every table has whatever its key, and those another sweeper has locked are
 * skipped, not waited for. A feature declares its table's retention as a bean of a small subclass.
 */
public class ExpiredRowsWhere implements ExpiredRows {

    private final DatabaseClient db;
    private final String table;
    private final String deleteBatch;

    /** {@code expired} is SQL written by the feature (never input), such as {@code expires_at < now()}. */
    protected ExpiredRowsWhere(DatabaseClient db, String table, String expired) {
        this.db = db;
        this.table = table;
        this.deleteBatch = """
                DELETE FROM %1$s
                 WHERE ctid = ANY (ARRAY(
                           SELECT ctid
                             FROM %1$s
                            WHERE %2$s
                            LIMIT :limit
                              FOR UPDATE SKIP LOCKED))
                """.formatted(table, expired);
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Mono<Long> deleteBatch(int limit) {
        return db.sql(deleteBatch).bind("limit", limit).fetch().rowsUpdated();
    }
}
