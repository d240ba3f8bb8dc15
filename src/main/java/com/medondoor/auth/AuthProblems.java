package com.medondoor.auth;

import com.medondoor.system.ApiException;
import org.springframework.http.HttpStatus;

final class AuthProblems {

    private AuthProblems() {
    }

    static final class EmailTaken extends ApiException {
        EmailTaken() {
            super(HttpStatus.CONFLICT, "email-taken", "Email already registered",
                    "An account with this email already exists.");
        }
    }

    /** The same answer for an unknown email and a wrong password. */
    static final class BadCredentials extends ApiException {
        BadCredentials() {
            super(HttpStatus.UNAUTHORIZED, "bad-credentials", "Unauthorized", "Email or password is incorrect.");
        }
    }
}
