package com.medondoor.account;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The identity core's API: how a feature learns who a user or a provider is, in Java. It reads the
 * {@code accounts} view (migration V10), which leaves out how people log in; SQL that needs identity
 * facts joins that view itself, as this class does.
 */
@Component
public class Accounts {

    private final DatabaseClient db;

    Accounts(DatabaseClient db) {
        this.db = db;
    }

    /** The provider with this id; empty when there is none (no such account, or a patient's). */
    public Mono<Provider> provider(UUID id) {
        return db.sql("SELECT id, name, service_type, verification FROM accounts WHERE id = :id AND role = 'PROVIDER'")
                .bind("id", id)
                .map(Accounts::providerOf)
                .one();
    }

    private static Provider providerOf(Readable row) {
        return new Provider(row.get("id", UUID.class), row.get("name", String.class),
                ServiceType.valueOf(row.get("service_type", String.class)),
                Verification.valueOf(row.get("verification", String.class)));
    }
}
