package com.medondoor.account;

import java.util.UUID;

/**
 * A provider as every feature may know them: who they are, what they offer and whether the platform
 * has verified them. The facts the next features decide by (duty, capacity) join these, here, so that
 * every rule reads them from one place ({@link Accounts}).
 */
public record Provider(UUID id, String name, ServiceType serviceType, Verification verification) {

    /** Whether the provider may see and take jobs. */
    public boolean verified() {
        return verification == Verification.VERIFIED;
    }
}
