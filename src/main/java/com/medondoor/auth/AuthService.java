package com.medondoor.auth;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.medondoor.account.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
class AuthService {

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);

    private final UserRepository users;
    private final Revocations revocations;
    private final Passwords passwords;
    private final PasswordPolicy passwordPolicy;
    private final AccessTokens accessTokens;
    private final UserViews views;
    private final LoginThrottle throttle;
    private final Sessions sessions;

    AuthService(UserRepository users, Revocations revocations, Passwords passwords, PasswordPolicy passwordPolicy,
            AccessTokens accessTokens, UserViews views, LoginThrottle throttle, Sessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.revocations = revocations;
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.accessTokens = accessTokens;
        this.views = views;
        this.throttle = throttle;
    }

    Mono<UserView> register(RegisterRequest request) {
        return Mono.fromRunnable(() -> passwordPolicy.check(request.password()))
                .then(passwords.hash(request.password()))
                .flatMap(hash -> users.insert(request.name().strip(), normalize(request.email()), hash,
                        request.role(), request.serviceType(),
                        request.professional() == null ? null : request.professional().stripped(), null))
                .switchIfEmpty(Mono.error(AuthProblems.EmailTaken::new))
                // handle() sets the logging MDC (the request id) from the request's context while it runs.
                .<User>handle((user, next) -> {
                    log.info("Registered user {} as {}", user.id(), user.role());
                    next.next(user);
                })
                .flatMap(this::view);
    }

    /**
     * Logs in, within the failed-login limits of the account and of the client. An unknown email and a
     * wrong password cost the same bcrypt time, count the same and get the same answer.
     */
    Mono<SignedIn> login(LoginRequest request, String client) {
        String email = normalize(request.email());
        return throttle.check(email, client)
                .then(users.findByEmail(email).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(user -> passwords.matches(request.password(), user.map(User::passwordHash).orElse(null))
                        .flatMap(matched -> matched
                                ? throttle.succeeded(email).thenReturn(user.orElseThrow())
                                : Mono.just(user).<Void>handle((refused, next) -> logRefusedLogin(refused))
                                        .then(throttle.failed(email, client))
                                        .then(Mono.error(AuthProblems.BadCredentials::new))))
                .flatMap(user -> sessions.start(user.id(), user.role()).flatMap(session -> signedIn(user, session)));
    }

    /** A new access token for the session the refresh token renews, and the token that renews it next. */
    Mono<SignedIn> refresh(String refreshToken) {
        return sessions.renew(refreshToken)
                .flatMap(session -> users.findById(session.user())
                        .switchIfEmpty(Mono.error(AuthProblems.SessionEnded::new))
                        .flatMap(user -> signedIn(user, session)));
    }

    private Mono<SignedIn> signedIn(User user, Sessions.Session session) {
        return view(user).map(view -> new SignedIn(
                LoginResponse.bearer(accessTokens.issue(user.id(), user.role(), session.id()), view), session));
    }

    /**
     * Ends the token's session, when it names one (tokens from before sessions do not), and revokes the
     * token itself: once this completes this replica refuses them, the others as soon as they are notified.
     */
    Mono<Void> logout(UUID tokenId, Instant expiresAt, UUID session) {
        Mono<Void> ended = session == null ? Mono.empty() : sessions.end(session, Sessions.LOGOUT);
        return ended.then(revocations.revoke(tokenId, expiresAt));
    }

    /** A login's or a renewal's answer, and the session whose refresh token goes into the cookie. */
    record SignedIn(LoginResponse body, Sessions.Session session) {
    }

    Mono<UserView> me(CurrentUser caller) {
        return users.findById(caller.id())
                .switchIfEmpty(Mono.error(AuthProblems.BadCredentials::new))
                .flatMap(this::view);
    }

    /**
     * A provider's corrected professional details, while no administrator has verified them: UNVERIFIED
     * stays so, REJECTED becomes UNVERIFIED again (its reason cleared). Otherwise a 409 with the status.
     */
    Mono<UserView> resubmit(CurrentUser caller, ProfessionalDetails details) {
        return users.findById(caller.id())
                .switchIfEmpty(Mono.error(AuthProblems.BadCredentials::new))
                .doOnNext(user -> ProfessionalDetails.check(details, user.serviceType(), ""))
                .flatMap(user -> users.resubmit(user.id(), details.stripped())
                        .switchIfEmpty(Mono.defer(() -> users.findById(user.id())
                                .flatMap(now -> Mono.error(new AuthProblems.WrongVerificationStatus(now.standing().status(),
                                        "Your details can be changed only while you are UNVERIFIED or REJECTED; you are "
                                                + now.standing().status() + "."))))))
                .<User>handle((user, next) -> {
                    log.info("Provider {} resubmitted their professional details", user.id());
                    next.next(user);
                })
                .flatMap(views::of);
    }

    private Mono<UserView> view(User user) {
        return views.of(user);
    }

    /** Never the email or the password: who tried is the user's id, when there is one. */
    private static void logRefusedLogin(Optional<User> user) {
        user.ifPresentOrElse(known -> log.info("Refused a login: wrong password for user {}", known.id()),
                () -> log.info("Refused a login: no account has that email"));
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
