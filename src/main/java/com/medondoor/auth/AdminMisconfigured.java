package com.medondoor.auth;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Thrown at start when the first administrator's configuration ({@code medondoor.admin.*}) cannot be
 * used: half set, a password the policy refuses, or an email that belongs to a patient or a provider (an
 * account is never promoted). The message names properties and roles, never the email or a password.
 */
public class AdminMisconfigured extends RuntimeException {

    AdminMisconfigured(String problem) {
        super(problem);
    }

    /** Turns the failure into a short message instead of a stack trace. */
    static class Analyzer extends AbstractFailureAnalyzer<AdminMisconfigured> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, AdminMisconfigured cause) {
            return new FailureAnalysis("MedOnDoor cannot create its first administrator: " + cause.getMessage(),
                    "Fix medondoor.admin.email and medondoor.admin.password (or medondoor.admin.password-hash), "
                            + "the environment variables MEDONDOOR_ADMIN_EMAIL and MEDONDOOR_ADMIN_PASSWORD (or "
                            + "MEDONDOOR_ADMIN_PASSWORDHASH), or unset them all; see the README's Configuration.",
                    cause);
        }
    }
}
