package com.medondoor.auth;

import java.util.List;

import com.medondoor.system.OnDevDatabase;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo accounts for a developer's first minute: an administrator, a patient, verified providers of
 * every service type and one provider awaiting verification, so that the marketplace can be tried
 * without registering four accounts. Only on the embedded development database ({@link OnDevDatabase}).
 * Each is created once: an account whose email exists is left as it is. README lists their password;
 * the log names the accounts only.
 */
@Component
@OnDevDatabase
class DemoAccounts {

    /** Also in README.md, "The two commands". */
    static final String PASSWORD = "medondoor-demo";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("Ada Admin", "admin@medondoor.test", "ADMIN", null, null, null, null, null),
            new DemoAccount("Pat Patient", "patient@medondoor.test", "USER", null, null, null, null, null),
            new DemoAccount("Nora Nurse", "nurse@medondoor.test", "PROVIDER", "NURSE_VISIT", "VERIFIED",
                    "RN-100234", null, null),
            new DemoAccount("Nat Nurse", "nurse2@medondoor.test", "PROVIDER", "NURSE_VISIT", "VERIFIED",
                    "RN-100587", null, null),
            new DemoAccount("Dana Doctor", "doctor@medondoor.test", "PROVIDER", "DOCTOR_CONSULTATION", "VERIFIED",
                    "GMC-7012345", null, null),
            new DemoAccount("Cory Courier", "courier@medondoor.test", "PROVIDER", "MEDICINE_DELIVERY", "VERIFIED",
                    null, "ID-4471902", "Blue cargo e-bike"),
            new DemoAccount("Alex Applicant", "applicant@medondoor.test", "PROVIDER", "NURSE_VISIT", "UNVERIFIED",
                    "RN-200001", null, null));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DatabaseClient db;
    private final Passwords passwords;

    DemoAccounts(DatabaseClient db, Passwords passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedWhenReady() {
        seed().subscribe(created -> log.info("Demo accounts (password in README.md): {}; {} of them created now",
                        ACCOUNTS.stream().map(account -> account.email() + " " + account.describe()).toList(), created),
                failure -> log.warn("Could not create the demo accounts: {}", failure.toString()));
    }

    /** Creates the demo accounts that do not exist yet; completes with how many it created. */
    Mono<Long> seed() {
        return passwords.hash(PASSWORD).flatMap(hash -> Flux.fromIterable(ACCOUNTS)
                .concatMap(account -> insert(account, hash))
                .reduce(0L, Long::sum));
    }

    private Mono<Long> insert(DemoAccount account, String hash) {
        return db.sql("""
                INSERT INTO users (name, email, password_hash, role, service_type, verification,
                                   verification_changed, licence_number, identity_document, vehicle)
                VALUES (:name, :email, :hash, :role, :serviceType, :verification,
                        CASE WHEN :role = 'PROVIDER' THEN now() END, :licence, :identity, :vehicle)
                ON CONFLICT (email) DO NOTHING
                """)
                .bind("name", account.name())
                .bind("email", account.email())
                .bind("hash", hash)
                .bind("role", account.role())
                .bind("serviceType", nullable(account.serviceType()))
                .bind("verification", nullable(account.verification()))
                .bind("licence", nullable(account.licence()))
                .bind("identity", nullable(account.identity()))
                .bind("vehicle", nullable(account.vehicle()))
                .fetch().rowsUpdated();
    }

    private static Object nullable(String value) {
        return value == null ? Parameters.in(R2dbcType.VARCHAR) : value;
    }

    record DemoAccount(String name, String email, String role, String serviceType, String verification,
            String licence, String identity, String vehicle) {

        String describe() {
            return serviceType == null ? "(" + role + ")" : "(" + serviceType + ", " + verification + ")";
        }
    }
}
