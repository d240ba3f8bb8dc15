package com.medondoor;

import java.time.Duration;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Rows of the swept tables made straight in the database with a chosen age, for the retention tests:
 * idempotency keys created so long ago, revocations of tokens that expired so long ago (a negative
 * age: that expire in so long).
 */
public final class ExpiredRowsFixture {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient db;

    public ExpiredRowsFixture(DatabaseClient db) {
        this.db = db;
    }

    /** Inserts {@code count} keys of a new patient, each with its booking, created {@code age} ago. */
    public void idempotencyKeys(int count, Duration age) {
        db.sql("""
                WITH patient AS (
                    INSERT INTO users (name, email, password_hash, role)
                    VALUES ('Old keys', :email, 'not a hash', 'USER')
                    RETURNING id
                ), booked AS (
                    INSERT INTO bookings (patient_id, service_type, address)
                    SELECT patient.id, 'NURSE_VISIT', n || ' Rose Street'
                      FROM patient, generate_series(1, :count) AS n
                    RETURNING id, patient_id
                )
                INSERT INTO idempotency_keys (patient_id, idempotency_key, fingerprint, booking_id, created_at)
                SELECT patient_id, id::text, 'fingerprint', id, now() - make_interval(secs => :age)
                  FROM booked
                """)
                .bind("email", "old-keys-" + UUID.randomUUID() + "@example.test")
                .bind("count", count)
                .bind("age", age.toMillis() / 1000.0)
                .then().block(TIMEOUT);
    }

    /** Inserts {@code count} revocations of tokens that expired {@code age} ago. */
    public void revocations(int count, Duration age) {
        db.sql("""
                INSERT INTO revoked_tokens (jti, expires_at)
                SELECT gen_random_uuid(), now() - make_interval(secs => :age)
                  FROM generate_series(1, :count)
                """)
                .bind("count", count)
                .bind("age", age.toMillis() / 1000.0)
                .then().block(TIMEOUT);
    }

    /** Moves every key of the patient {@code age} into the past. */
    public void backdateKeysOf(UUID patient, Duration age) {
        db.sql("UPDATE idempotency_keys SET created_at = now() - make_interval(secs => :age) WHERE patient_id = :patient")
                .bind("age", age.toMillis() / 1000.0)
                .bind("patient", patient)
                .then().block(TIMEOUT);
    }

    /** Rows of a table, all or those matching a condition (SQL written by the test itself). */
    public long count(String table, String where) {
        return db.sql("SELECT count(*) AS n FROM " + table + " WHERE " + where)
                .map(row -> row.get("n", Long.class))
                .one().block(TIMEOUT);
    }
}
