package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;
import io.r2dbc.spi.Parameter;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class UserRepository {

    /**
     * A new provider is UNVERIFIED (V12's trigger makes them so); an administrator is created together with
     * its audit entry, by the administrator {@code :actor}.
     */
    private static final String INSERT = """
            WITH inserted AS (
                INSERT INTO users (name, email, password_hash, role, service_type, licence_number, identity_document,
                                   vehicle)
                VALUES (:name, :email, :passwordHash, :role, :serviceType, :licenceNumber, :identityDocument, :vehicle)
                ON CONFLICT (email) DO NOTHING
                RETURNING *
            ), audited AS (
                INSERT INTO audit_log (actor_id, action, subject_id)
                SELECT CAST(:actor AS uuid), 'CREATE_ADMIN', id FROM inserted WHERE role = 'ADMIN'
            )
            SELECT * FROM inserted
            """;

    /** New details from an UNVERIFIED or REJECTED provider, who is UNVERIFIED again and back in the queue. */
    private static final String RESUBMIT = """
            UPDATE users
               SET licence_number = :licenceNumber, identity_document = :identityDocument, vehicle = :vehicle,
                   verification = 'UNVERIFIED', verification_reason = NULL,
                   verification_changed = CASE WHEN verification = 'UNVERIFIED' THEN verification_changed ELSE now() END
             WHERE id = :id AND role = 'PROVIDER' AND verification IN ('UNVERIFIED', 'REJECTED')
            RETURNING *
            """;

    private final DatabaseClient db;

    UserRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Inserts the user (an administrator with its audit entry), or completes empty when the email is taken. */
    Mono<User> insert(String name, String email, String passwordHash, Role role, ServiceType serviceType,
            ProfessionalDetails professional, UUID actor) {
        ProfessionalDetails details = professional == null ? new ProfessionalDetails(null, null, null) : professional;
        return db.sql(INSERT)
                .bind("name", name)
                .bind("email", email)
                .bind("passwordHash", passwordHash)
                .bind("role", role.name())
                .bind("serviceType", text(serviceType == null ? null : serviceType.name()))
                .bind("licenceNumber", text(details.licenceNumber()))
                .bind("identityDocument", text(details.identityDocument()))
                .bind("vehicle", text(details.vehicle()))
                .bind("actor", text(actor == null ? null : actor.toString()))
                .map(UserRepository::user)
                .one();
    }

    /** Replaces the provider's details if they are UNVERIFIED or REJECTED; empty otherwise. */
    Mono<User> resubmit(UUID id, ProfessionalDetails details) {
        return db.sql(RESUBMIT)
                .bind("id", id)
                .bind("licenceNumber", text(details.licenceNumber()))
                .bind("identityDocument", text(details.identityDocument()))
                .bind("vehicle", text(details.vehicle()))
                .map(UserRepository::user)
                .one();
    }

    Mono<User> findByEmail(String email) {
        return db.sql("SELECT * FROM users WHERE email = :email")
                .bind("email", email)
                .map(UserRepository::user)
                .one();
    }

    Mono<User> findById(UUID id) {
        return db.sql("SELECT * FROM users WHERE id = :id")
                .bind("id", id)
                .map(UserRepository::user)
                .one();
    }

    private static Parameter text(String value) {
        return Parameters.in(R2dbcType.VARCHAR, value);
    }

    /** A row of {@code users}, read from any statement that returns its columns. */
    static User user(Readable row) {
        String serviceType = row.get("service_type", String.class);
        String verification = row.get("verification", String.class);
        return new User(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("email", String.class),
                row.get("password_hash", String.class),
                Role.valueOf(row.get("role", String.class)),
                serviceType == null ? null : ServiceType.valueOf(serviceType),
                row.get("created_at", Instant.class),
                verification == null ? null : new ProfessionalDetails(row.get("licence_number", String.class),
                        row.get("identity_document", String.class), row.get("vehicle", String.class)),
                verification == null ? null : new User.Standing(Verification.valueOf(verification),
                        row.get("verification_reason", String.class), row.get("verification_changed", Instant.class)));
    }
}
