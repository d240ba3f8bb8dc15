package com.medondoor.job;

import com.medondoor.account.Verification;
import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** A provider whom no administrator has verified (or who was rejected or suspended) asked for jobs. */
public final class ProviderNotVerified extends DomainProblem {

    public ProviderNotVerified(Verification status) {
        super(HttpStatus.FORBIDDEN, "provider-not-verified", "Provider not verified", detail(status));
        getBody().setProperty("verification", status.name());
    }

    private static String detail(Verification status) {
        return switch (status) {
            case UNVERIFIED -> "Your account is UNVERIFIED: an administrator has not checked your professional details yet.";
            case REJECTED -> "Your account is REJECTED: correct your professional details and submit them again.";
            case SUSPENDED -> "Your account is SUSPENDED: an administrator has suspended it.";
            case VERIFIED -> "Your account is VERIFIED.";
        };
    }
}
