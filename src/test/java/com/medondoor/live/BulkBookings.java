package com.medondoor.live;

import java.time.Duration;

import com.medondoor.Api;
import com.medondoor.account.ServiceType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Books visits with large notes straight in the tables, bookings and their events in one statement
 * as {@code BookingChanges} writes them: the API caps notes at 2000 characters, and a stalled
 * connection takes megabytes to fill.
 */
final class BulkBookings {

    static final int NOTE_SIZE = 32 * 1024;

    private final DatabaseClient db;

    BulkBookings(DatabaseClient db) {
        this.db = db;
    }

    void book(Api.Account patient, ServiceType serviceType, int count) {
        db.sql("""
                WITH created AS (
                    INSERT INTO bookings (patient_id, service_type, address, notes)
                    SELECT :patient, :serviceType, 'Bulk Street ' || n, repeat('n', :noteSize)
                      FROM generate_series(1, :count) AS n
                    RETURNING id, status, patient_id
                )
                INSERT INTO booking_events (booking_id, status, actor_id)
                SELECT id, status, patient_id FROM created
                """)
                .bind("patient", patient.id())
                .bind("serviceType", serviceType.name())
                .bind("noteSize", NOTE_SIZE)
                .bind("count", count)
                .fetch().rowsUpdated()
                .block(Duration.ofSeconds(15));
    }
}
