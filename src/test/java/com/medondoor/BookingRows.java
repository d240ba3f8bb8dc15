package com.medondoor;

import java.time.Duration;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/** What the database holds of a booking or a provider's shift, for a test to check what the API did. */
public final class BookingRows {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private BookingRows() {
    }

    public static String status(DatabaseClient db, UUID booking) {
        return db.sql("SELECT status FROM bookings WHERE id = :id").bind("id", booking)
                .map(row -> row.get("status", String.class)).one().block(TIMEOUT);
    }

    /** The visits the provider holds, as their shift counts them. */
    public static int activeVisits(DatabaseClient db, Api.Account provider) {
        return db.sql("SELECT active_visits FROM provider_duty WHERE provider_id = :id").bind("id", provider.id())
                .map(row -> row.get("active_visits", Integer.class)).one().block(TIMEOUT);
    }
}
