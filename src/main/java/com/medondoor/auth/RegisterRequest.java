package com.medondoor.auth;

import com.medondoor.account.Role;
import com.medondoor.account.ServiceType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RegisterRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        // Length and commonness are checked by PasswordPolicy, whose minimum is configurable.
        @NotNull @Size(max = 72) String password,
        @NotNull Role role,
        ServiceType serviceType) {

    /** Administrators are created by configuration or by another administrator, never by signing up. */
    @AssertTrue(message = "must be USER or PROVIDER")
    boolean isRole() {
        return role != Role.ADMIN;
    }

    @AssertTrue(message = "is required for a PROVIDER and must be absent for a USER")
    boolean isServiceType() {
        return role == null || (role == Role.PROVIDER) == (serviceType != null);
    }
}
