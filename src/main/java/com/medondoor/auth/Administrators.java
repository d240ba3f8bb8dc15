package com.medondoor.auth;

import java.util.UUID;

import com.medondoor.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Administrators creating administrators; the first one comes from configuration ({@link FirstAdministrator}). */
@Service
public class Administrators {

    private static final Logger log = LoggerFactory.getLogger(Administrators.class);

    private final UserRepository users;
    private final Passwords passwords;
    private final PasswordPolicy passwordPolicy;
    private final UserViews views;

    Administrators(UserRepository users, Passwords passwords, PasswordPolicy passwordPolicy, UserViews views) {
        this.users = users;
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.views = views;
    }

    /** The new administrator, with the audit entry naming {@code actor}; 409 when the email is taken. */
    public Mono<UserView> create(NewAdministrator request, UUID actor) {
        return Mono.fromRunnable(() -> passwordPolicy.check(request.password()))
                .then(passwords.hash(request.password()))
                .flatMap(hash -> users.insert(request.name().strip(), AuthService.normalize(request.email()), hash,
                        Role.ADMIN, null, null, actor))
                .switchIfEmpty(Mono.error(AuthProblems.EmailTaken::new))
                .<User>handle((admin, next) -> {
                    log.info("Administrator {} created administrator {}", actor, admin.id());
                    next.next(admin);
                })
                .flatMap(views::of);
    }
}
