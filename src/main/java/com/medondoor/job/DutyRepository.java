package com.medondoor.job;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class DutyRepository {

    /**
     * Starts or ends the provider's shift. A shift that starts takes the capacity it is given; one that is
     * on already keeps its own, as does a provider going off duty, who keeps the visits they hold.
     */
    private static final String SET = """
            INSERT INTO provider_duty AS duty (provider_id, on_duty, capacity)
            VALUES (:provider, :onDuty, :capacity)
            ON CONFLICT (provider_id) DO UPDATE
               SET on_duty    = EXCLUDED.on_duty,
                   capacity   = CASE WHEN EXCLUDED.on_duty AND NOT duty.on_duty THEN EXCLUDED.capacity
                                     ELSE duty.capacity END,
                   changed_at = CASE WHEN EXCLUDED.on_duty = duty.on_duty THEN duty.changed_at ELSE now() END
            RETURNING on_duty, capacity, active_visits
            """;

    private final DatabaseClient db;

    DutyRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Duty> find(UUID provider) {
        return db.sql("SELECT on_duty, capacity, active_visits FROM provider_duty WHERE provider_id = :provider")
                .bind("provider", provider)
                .map(DutyRepository::duty)
                .one();
    }

    Mono<Duty> set(UUID provider, boolean onDuty, int capacity) {
        return db.sql(SET)
                .bind("provider", provider)
                .bind("onDuty", onDuty)
                .bind("capacity", capacity)
                .map(DutyRepository::duty)
                .one();
    }

    Mono<Void> endShift(UUID provider) {
        return db.sql("UPDATE provider_duty SET on_duty = false, changed_at = now() WHERE provider_id = :provider AND on_duty")
                .bind("provider", provider)
                .then();
    }

    private static Duty duty(Readable row) {
        return new Duty(Boolean.TRUE.equals(row.get("on_duty", Boolean.class)), row.get("capacity", Integer.class),
                row.get("active_visits", Integer.class));
    }
}
