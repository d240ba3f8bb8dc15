package com.medondoor.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits failed logins per account and per client address. The counters live in PostgreSQL
 * ({@link LoginFailures}), so the limits hold across replicas; they are reached through the service's
 * reactive pool, so a database outage answers a login 503 as quickly as any other request.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginFailures failures;
    private final LoginThrottleProperties limits;

    LoginThrottle(LoginFailures failures, LoginThrottleProperties limits) {
        this.failures = failures;
        this.limits = limits;
    }

    /** Fails with {@link AuthProblems.TooManyAttempts} while the account or the client is locked out. */
    Mono<Void> check(String email, String client) {
        return failures.lockout(account(email), limits.accountFailures(), client(client), limits.clientFailures())
                // handle() sets the logging MDC (the request id) from the request's context while it runs.
                .<Void>handle((lockout, next) -> lockout.ifPresent(refused -> {
                    log.info("Refused a login for account {}: too many failed logins for the {}; retry in {} s",
                            accountReference(email), refused.subjects(), refused.retryAfter().toSeconds());
                    next.error(new AuthProblems.TooManyAttempts(refused.retryAfter()));
                }))
                .then();
    }

    /** Records a failure; completes after the slowdown the account has earned. */
    Mono<Void> failed(String email, String client) {
        return failures.record(account(email), client(client), limits.window())
                .flatMap(count -> count > limits.slowAfter() ? Mono.delay(limits.slowdown()).then() : Mono.empty());
    }

    /** A successful login clears the account's failures (the client's stay counted). */
    Mono<Void> succeeded(String email) {
        return failures.clear(account(email));
    }

    /**
     * Names an account in the log without its email: the first twelve hex digits of the email's SHA-256,
     * enough to follow one account's refusals.
     */
    private static String accountReference(String email) {
        return sha256(email).substring(0, 12);
    }

    private static String account(String email) {
        return "account:" + sha256(email);
    }

    private static String client(String address) {
        return "client:" + address;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
