package com.medondoor.auth;

import com.medondoor.account.Verification;

/**
 * What an administrator may do to a provider's verification, from which status to which, and the action
 * the audit log records. A provider's own resubmission (REJECTED back to UNVERIFIED) is not one of them.
 */
public enum VerificationChange {
    APPROVE(Verification.UNVERIFIED, Verification.VERIFIED, "APPROVE_PROVIDER", "approved"),
    REJECT(Verification.UNVERIFIED, Verification.REJECTED, "REJECT_PROVIDER", "rejected"),
    SUSPEND(Verification.VERIFIED, Verification.SUSPENDED, "SUSPEND_PROVIDER", "suspended"),
    REINSTATE(Verification.SUSPENDED, Verification.VERIFIED, "REINSTATE_PROVIDER", "reinstated");

    final Verification from;
    final Verification to;
    final String action;
    final String done;

    VerificationChange(Verification from, Verification to, String action, String done) {
        this.from = from;
        this.to = to;
        this.action = action;
        this.done = done;
    }

    /**
     * Whether the provider is shown the administrator's reason: why they were rejected or suspended. Every
     * reason is in the audit log.
     */
    boolean tellsTheProviderWhy() {
        return to == Verification.REJECTED || to == Verification.SUSPENDED;
    }
}
