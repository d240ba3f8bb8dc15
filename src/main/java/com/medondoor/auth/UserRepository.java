package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class UserRepository {

    private final DatabaseClient db;

    UserRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Inserts the user, or completes empty when the email is taken. */
    Mono<User> insert(String name, String email, String passwordHash, Role role, ServiceType serviceType) {
        return db.sql("""
                INSERT INTO users (name, email, password_hash, role, service_type)
                VALUES (:name, :email, :passwordHash, :role, :serviceType)
                ON CONFLICT (email) DO NOTHING
                RETURNING *
                """)
                .bind("name", name)
                .bind("email", email)
                .bind("passwordHash", passwordHash)
                .bind("role", role.name())
                .bind("serviceType", Parameters.in(R2dbcType.VARCHAR, serviceType == null ? null : serviceType.name()))
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

    private static User user(Readable row) {
        String serviceType = row.get("service_type", String.class);
        return new User(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("email", String.class),
                row.get("password_hash", String.class),
                Role.valueOf(row.get("role", String.class)),
                serviceType == null ? null : ServiceType.valueOf(serviceType),
                row.get("created_at", Instant.class));
    }
}
