package com.medondoor.auth;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The first administrator's creation, which replicas starting together must not repeat. */
@Repository
class AdministratorRepository {

    /** Held until the creating transaction ends: the next replica then finds the administrator made. */
    private static final String TAKE_TURNS = "SELECT pg_advisory_xact_lock(hashtext('medondoor.first-administrator'))";

    /**
     * The role of the account that has the email, if any, and the new administrator, if one was made: only
     * while there is none and the email is free, with its audit entry by the service itself (no actor).
     * Read after the lock, in a snapshot of its own: it sees what an earlier replica created.
     */
    private static final String CREATE_FIRST = """
            WITH taken AS (
                SELECT role FROM users WHERE email = :email
            ), inserted AS (
                INSERT INTO users (name, email, password_hash, role)
                SELECT :name, :email, :passwordHash, 'ADMIN'
                 WHERE NOT EXISTS (SELECT FROM users WHERE role = 'ADMIN')
                   AND NOT EXISTS (SELECT FROM taken)
                RETURNING id
            ), audited AS (
                INSERT INTO audit_log (actor_id, action, subject_id)
                SELECT NULL, 'CREATE_ADMIN', id FROM inserted
            )
            SELECT (SELECT role FROM taken) AS taken_by, (SELECT id FROM inserted) AS created
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transaction;

    AdministratorRepository(DatabaseClient db, ReactiveTransactionManager transactions) {
        this.db = db;
        this.transaction = TransactionalOperator.create(transactions);
    }

    /** Creates the first administrator unless one exists or the email is taken; says which happened. */
    Mono<FirstAdmin> createFirst(String name, String email, String passwordHash) {
        return transaction.transactional(db.sql(TAKE_TURNS).then()
                .then(db.sql(CREATE_FIRST)
                        .bind("email", email)
                        .bind("name", name)
                        .bind("passwordHash", passwordHash)
                        .map(row -> new FirstAdmin(row.get("taken_by", String.class), row.get("created", UUID.class)))
                        .one()));
    }

    /** The role of the account that already had the email (null if none), and the administrator made (null if none). */
    record FirstAdmin(String takenBy, UUID created) {
    }
}
