package com.medondoor.auth;

import java.time.Duration;
import java.util.Locale;

import com.medondoor.account.Role;
import com.medondoor.system.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Creates the first administrator from {@code medondoor.admin.*} when the service starts, while no
 * administrator exists, and never by promoting an account: an email that belongs to a patient or a
 * provider stops the start. Replicas that start together take turns on an advisory lock held by the
 * creating transaction, so that exactly one creates it ({@link AdministratorRepository}).
 * <p>
 * Public for the tests, which empty the database between test classes and then create the administrator
 * again, as a fresh start would.
 */
@Component
public class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final AdminProperties properties;
    private final PasswordPolicy policy;
    private final Passwords passwords;
    private final AdministratorRepository administrators;

    FirstAdministrator(AdminProperties properties, PasswordPolicy policy, Passwords passwords,
            AdministratorRepository administrators) {
        this.properties = properties;
        this.policy = policy;
        this.passwords = passwords;
        this.administrators = administrators;
    }

    /**
     * Runs once every bean exists (Flyway has migrated) and before the server listens. The start has to
     * wait for the outcome, so this blocks, on the starting thread, never on a request's.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.configured()) {
            log.info("No medondoor.admin.email is configured: no administrator is created at start");
            return;
        }
        create().block(START_TIMEOUT);
    }

    /**
     * Creates the configured administrator unless one exists (or none is configured); fails with
     * {@link AdminMisconfigured}.
     */
    public Mono<Void> create() {
        if (!properties.configured()) {
            return Mono.empty();
        }
        return Mono.fromRunnable(this::check)
                .then(Mono.defer(this::passwordHash))
                .flatMap(hash -> administrators.createFirst(properties.name(),
                        properties.email().toLowerCase(Locale.ROOT), hash))
                .<Void>handle((outcome, next) -> {
                    if (outcome.takenBy() != null && !Role.ADMIN.name().equals(outcome.takenBy())) {
                        next.error(new AdminMisconfigured("medondoor.admin.email belongs to an existing "
                                + outcome.takenBy() + " account, and no account is ever made an administrator."));
                    }
                    else if (outcome.created() != null) {
                        log.info("Created the first administrator, user {}, from medondoor.admin.*", outcome.created());
                    }
                    else {
                        log.info("An administrator exists: medondoor.admin.* creates none");
                    }
                })
                .then();
    }

    private void check() {
        properties.check();
        if (properties.password() != null) {
            try {
                policy.check(properties.password());
            }
            catch (InvalidRequest refused) {
                throw new AdminMisconfigured("medondoor.admin.password is refused by the password policy ("
                        + refused.getBody().getDetail() + ").");
            }
        }
    }

    private Mono<String> passwordHash() {
        return properties.passwordHash() != null ? Mono.just(properties.passwordHash())
                : passwords.hash(properties.password());
    }
}
