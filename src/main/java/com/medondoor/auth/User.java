package com.medondoor.auth;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;

/** A row of {@code users}. The password hash never leaves the auth package. */
record User(UUID id, String name, String email, String passwordHash, Role role, ServiceType serviceType,
        Instant createdAt) {
}
