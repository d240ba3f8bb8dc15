package com.medondoor.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Pending bookings for one run of claims.lua, inserted straight into the target's database (as
 * pgbench's are): many thousands in a second, where the API would take minutes. Their ids say whose
 * they are: {@code PREFIX-TTTT-4000-8000-NNNNNNNNNNNN}, thread TTTT's booking N.
 */
final class PendingBookings {

    private PendingBookings() {
    }

    static void insert(ClaimTarget target, ClaimShape shape, String prefix, int threads, long perThread) throws SQLException {
        try (Connection db = target.connect(); Statement insert = db.createStatement()) {
            insert.execute("""
                    INSERT INTO bookings (id, patient_id, service_type, address)
                    SELECT format('%%s-%%s-4000-8000-%%s', '%s', lpad(to_hex(t), 4, '0'), lpad(n::text, 12, '0'))::uuid,
                           '%s', '%s', 'claim shapes'
                      FROM generate_series(0, %d) AS t, generate_series(1, %d) AS n
                    """.formatted(prefix, target.patient(), shape.serviceType(), threads - 1, perThread));
            // Now, rather than by autovacuum in the middle of the measurement, which so many new rows (and
            // the last run's deleted ones and events) would prompt.
            insert.execute("VACUUM ANALYZE bookings, booking_events");
        }
    }

    /**
     * Deletes a run's bookings that no one won, so that the next shape and scenario find the database
     * as they would have without them (a fresh run provisions several times what it needs).
     */
    static void deleteUnclaimed(ClaimTarget target, String prefix) throws SQLException {
        try (Connection db = target.connect();
                PreparedStatement delete = db.prepareStatement("DELETE FROM bookings WHERE id BETWEEN ? AND ? AND status = 'PENDING'")) {
            delete.setObject(1, range(prefix)[0]);
            delete.setObject(2, range(prefix)[1]);
            delete.executeUpdate();
        }
    }

    /**
     * Cancels the visits a run's claims won, so that their providers have room again: the database counts
     * them off (migration V14's trigger). Cancelled, not completed: a visit is completed only from
     * IN_PROGRESS once the visit's lifecycle holds bookings to it, and ACCEPTED to CANCELLED is a legal step
     * either way.
     */
    static void cancelWon(ClaimTarget target, String prefix) throws SQLException {
        try (Connection db = target.connect(); PreparedStatement cancel = db.prepareStatement("""
                UPDATE bookings SET status = 'CANCELLED', provider_id = NULL, updated_at = now()
                 WHERE id BETWEEN ? AND ? AND status = 'ACCEPTED'
                """)) {
            cancel.setObject(1, range(prefix)[0]);
            cancel.setObject(2, range(prefix)[1]);
            cancel.executeUpdate();
        }
    }

    /** The lowest and highest id a run's bookings can have. */
    static UUID[] range(String prefix) {
        return new UUID[] {UUID.fromString(prefix + "-0000-0000-0000-000000000000"),
                UUID.fromString(prefix + "-ffff-ffff-ffff-ffffffffffff")};
    }
}
