package com.medondoor.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Another administrator, as an administrator creates them; the password is checked as at registration. */
public record NewAdministrator(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @NotNull @Size(max = 72) String password) {
}
