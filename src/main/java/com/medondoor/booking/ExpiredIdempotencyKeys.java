package com.medondoor.booking;

import com.medondoor.system.ExpiredRowsWhere;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys past their retention. Creating a booking already ignores them (a late retry
 * creates a new booking, see {@link BookingRepository}); deleting them only frees the space.
 */
@Repository
class ExpiredIdempotencyKeys extends ExpiredRowsWhere {

    ExpiredIdempotencyKeys(DatabaseClient db, BookingProperties properties) {
        super(db, "idempotency_keys",
                "created_at < now() - make_interval(secs => " + properties.idempotencyRetentionSeconds() + ")");
    }
}
