package com.medondoor.booking;

import com.medondoor.system.ExpiredRows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Idempotency keys past their retention. Creating a booking already ignores them (a late retry
 * creates a new booking, see {@link BookingRepository}); deleting them only frees the space.
 */
@Repository
class ExpiredIdempotencyKeys implements ExpiredRows {

    // By ctid: the key has two columns. Rows another sweeper has locked are skipped, not waited for.
    private static final String DELETE_BATCH = """
            DELETE FROM idempotency_keys
             WHERE ctid = ANY (ARRAY(
                       SELECT ctid
                         FROM idempotency_keys
                        WHERE created_at < now() - make_interval(secs => :retention)
                        LIMIT :limit
                          FOR UPDATE SKIP LOCKED))
            """;

    private final DatabaseClient db;
    private final BookingProperties properties;

    ExpiredIdempotencyKeys(DatabaseClient db, BookingProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    @Override
    public String table() {
        return "idempotency_keys";
    }

    @Override
    public Mono<Long> deleteBatch(int limit) {
        return db.sql(DELETE_BATCH)
                .bind("retention", properties.idempotencyRetentionSeconds())
                .bind("limit", limit)
                .fetch()
                .rowsUpdated();
    }
}
