package com.medondoor.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.medondoor.system.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (OWASP ASVS 2.1, NIST SP 800-63B 5.1.1.2): long enough, at most what
 * bcrypt reads, and not one of the most common passwords, compared without regard to case. No
 * composition rules: they push people towards predictable passwords rather than strong ones.
 */
@Component
class PasswordPolicy {

    private static final String COMMON_PASSWORDS = "auth/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(@Value("${medondoor.security.password-min-length:8}") int minLength) {
        this.minLength = minLength;
        this.common = load(COMMON_PASSWORDS);
    }

    /** Throws a 400 naming {@code password} when the password may not be used. */
    void check(String password) {
        if (password.codePointCount(0, password.length()) < minLength) {
            throw InvalidRequest.of("password", "must be at least " + minLength + " characters");
        }
        if (!Passwords.fitsBcrypt(password)) {
            throw InvalidRequest.of("password", "must be at most " + Passwords.MAX_BYTES + " bytes");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw InvalidRequest.of("password", "is one of the most common passwords; choose another");
        }
    }

    private static Set<String> load(String resource) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException failure) {
            throw new UncheckedIOException("Cannot read " + resource, failure);
        }
    }
}
