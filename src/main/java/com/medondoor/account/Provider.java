package com.medondoor.account;

import java.util.UUID;

/**
 * A provider as every feature may know them: who they are, what they offer and whether the platform
 * has verified them, read from one place ({@link Accounts}). What a feature keeps about a provider for
 * itself stays with that feature: their shift and the visits they hold are the jobs feature's
 * ({@code provider_duty}).
 */
public record Provider(UUID id, String name, ServiceType serviceType, Verification verification) {

    /** Whether the provider may see and take jobs. */
    public boolean verified() {
        return verification == Verification.VERIFIED;
    }
}
