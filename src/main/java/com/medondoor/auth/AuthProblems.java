package com.medondoor.auth;

import java.time.Duration;

import com.medondoor.account.Verification;
import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

final class AuthProblems {

    private AuthProblems() {
    }

    static final class EmailTaken extends DomainProblem {
        EmailTaken() {
            super(HttpStatus.CONFLICT, "email-taken", "Email already registered",
                    "An account with this email already exists.");
        }
    }

    /** A change of a provider's verification, or of their details, that their status does not allow. */
    static final class WrongVerificationStatus extends DomainProblem {
        WrongVerificationStatus(Verification current, String detail) {
            super(HttpStatus.CONFLICT, "wrong-verification-status", "Wrong verification status", detail);
            getBody().setProperty("currentStatus", current.name());
        }
    }

    /** No provider has this id (an administrator's request). */
    static final class ProviderNotFound extends DomainProblem {
        ProviderNotFound() {
            super(HttpStatus.NOT_FOUND, "provider-not-found", "Provider not found", "No such provider.");
        }
    }

    /** The same answer for an unknown email and a wrong password. */
    static final class BadCredentials extends DomainProblem {
        BadCredentials() {
            super(HttpStatus.UNAUTHORIZED, "bad-credentials", "Unauthorized", "Email or password is incorrect.");
        }
    }

    /** Too many failed logins for this account or from this client; try again after the wait. */
    static final class TooManyAttempts extends DomainProblem {

        TooManyAttempts(Duration wait) {
            super(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts", "Too many login attempts",
                    "Too many failed logins; try again in " + inWords(wait) + ".");
            getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
        }

        private static long seconds(Duration wait) {
            return Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        /** The wait as a person reads it: seconds under a minute, else whole minutes, rounded up. */
        static String inWords(Duration wait) {
            long seconds = seconds(wait);
            if (seconds < 60) {
                return seconds == 1 ? "1 second" : seconds + " seconds";
            }
            long minutes = (seconds + 59) / 60;
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
    }

    /** No session to renew: never signed in here, ended (logout, theft, suspension) or out of time. */
    static final class SessionEnded extends DomainProblem {
        SessionEnded() {
            super(HttpStatus.UNAUTHORIZED, "session-ended", "Session ended", "Your session has ended; please log in again.");
        }
    }

    /** A session request a page of ours did not send: no X-Requested-With header, or another site's Origin. */
    static final class CsrfCheckFailed extends DomainProblem {
        CsrfCheckFailed(String detail) {
            super(HttpStatus.FORBIDDEN, "csrf-check-failed", "Request refused", detail);
        }
    }
}
