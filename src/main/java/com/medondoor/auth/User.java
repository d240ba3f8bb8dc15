package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import com.medondoor.account.Verification;

/**
 * A row of {@code users}. The password hash never leaves the auth package. A provider's has their
 * professional details and verification (null for everyone else).
 */
record User(UUID id, String name, String email, String passwordHash, Role role, ServiceType serviceType,
        Instant createdAt, ProfessionalDetails professional, Standing standing) {

    /** Where a provider stands: the verification status, why (a rejection or suspension), and since when. */
    record Standing(Verification status, String reason, Instant changedAt) {
    }
}
