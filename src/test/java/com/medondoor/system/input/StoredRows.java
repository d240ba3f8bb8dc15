package com.medondoor.system.input;

import java.time.Duration;

import org.springframework.r2dbc.core.DatabaseClient;

/** How many accounts, bookings and ratings the database holds: a refused request changes none of them. */
record StoredRows(long users, long bookings, long ratings) {

    static StoredRows count(DatabaseClient db) {
        return db.sql("""
                SELECT (SELECT count(*) FROM users) AS users,
                       (SELECT count(*) FROM bookings) AS bookings,
                       (SELECT count(*) FROM ratings) AS ratings
                """)
                .map(row -> new StoredRows(row.get("users", Long.class), row.get("bookings", Long.class),
                        row.get("ratings", Long.class)))
                .one()
                .block(Duration.ofSeconds(5));
    }
}
