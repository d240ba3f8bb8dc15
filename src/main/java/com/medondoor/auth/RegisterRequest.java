package com.medondoor.auth;

import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A patient's or a provider's sign-up. A provider also sends the {@link ProfessionalDetails} their
 * service type needs, checked once these annotations hold ({@link #checkProfessional()}).
 */
record RegisterRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        // Length and commonness are checked by PasswordPolicy, whose minimum is configurable.
        @NotNull @Size(max = 72) String password,
        @NotNull Role role,
        ServiceType serviceType,
        ProfessionalDetails professional) {

    /** Nobody signs up as an administrator: the first comes from configuration, the others from an administrator. */
    @AssertTrue(message = "must be USER or PROVIDER")
    boolean isRole() {
        return role != Role.ADMIN;
    }

    @AssertTrue(message = "is required for a PROVIDER and must be absent for a USER")
    boolean isServiceType() {
        return role == null || role == Role.ADMIN || (role == Role.PROVIDER) == (serviceType != null);
    }

    @AssertTrue(message = "must be absent for a USER")
    boolean isProfessional() {
        return role != Role.USER || professional == null;
    }

    /** Throws a 400 naming each {@code professional.*} field that does not fit a provider's service type. */
    void checkProfessional() {
        if (role == Role.PROVIDER) {
            ProfessionalDetails.check(professional, serviceType, "professional.");
        }
    }
}
