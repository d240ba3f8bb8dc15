package com.medondoor.auth;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator ({@code medondoor.admin.*}), created at start while no administrator exists:
 * its email and either its password or a bcrypt hash of it (what the Kubernetes manifests take from the
 * Secret {@code medondoor-admin}). Nothing set: no administrator is created. Anything half set, or both a
 * password and a hash, stops the start with a message saying what to fix.
 */
@ConfigurationProperties("medondoor.admin")
record AdminProperties(String email, String password, String passwordHash, @DefaultValue("Administrator") String name) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    AdminProperties {
        email = blankToNull(email);
        password = blankToNull(password);
        passwordHash = blankToNull(passwordHash);
    }

    boolean configured() {
        return email != null || password != null || passwordHash != null;
    }

    /** Throws {@link AdminMisconfigured} saying what is missing or wrong. */
    void check() {
        if (email == null) {
            throw new AdminMisconfigured("medondoor.admin.email is not set, but medondoor.admin.password or "
                    + "medondoor.admin.password-hash is.");
        }
        if (!email.matches(".+@.+\\..+") || email.length() > 254) {
            throw new AdminMisconfigured("medondoor.admin.email is not an email address.");
        }
        if ((password == null) == (passwordHash == null)) {
            throw new AdminMisconfigured("medondoor.admin.password and medondoor.admin.password-hash: set exactly "
                    + "one of them.");
        }
        if (passwordHash != null && !BCRYPT.matcher(passwordHash).matches()) {
            throw new AdminMisconfigured("medondoor.admin.password-hash is not a bcrypt hash ($2a$, $2b$ or $2y$, "
                    + "a two-digit cost and 53 characters).");
        }
        if (name.isBlank() || name.length() > 100) {
            throw new AdminMisconfigured("medondoor.admin.name must be 1 to 100 characters.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never the password or its hash. */
    @Override
    public String toString() {
        return "AdminProperties[configured=" + configured() + "]";
    }
}
