package com.medondoor;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.medondoor.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;

/**
 * Signed-in callers of a {@link RouterSliceTest}, as {@code mockJwt()} authentications of the shape the
 * service makes of a verified access token (auth/AccessTokenVerification): a {@code JwtAuthenticationToken}
 * named by the token's subject, holding the token's claims, with the one authority {@code ROLE_<role>}.
 * {@code auth/SliceCallersTests} holds the two to the same shape.
 */
public final class Callers {

    private Callers() {
    }

    /** A patient. */
    public static JwtMutator patient(UUID id) {
        return caller(token(id, Role.USER));
    }

    /** A provider (of any service type: the token does not name it). */
    public static JwtMutator provider(UUID id) {
        return caller(token(id, Role.PROVIDER));
    }

    /** An administrator. */
    public static JwtMutator admin(UUID id) {
        return caller(token(id, Role.ADMIN));
    }

    /** The caller that presents this token. */
    public static JwtMutator caller(Jwt token) {
        return SecurityMockServerConfigurers.mockJwt().jwt(token).authorities(authorities(token));
    }

    /** An access token with the claims the service issues: subject, role, issuer, audience, times and id. */
    public static Jwt token(UUID subject, Role role) {
        Instant issuedAt = Instant.now();
        return Jwt.withTokenValue("slice-token-" + subject)
                .header("alg", "RS256")
                .header("typ", "at+jwt")
                .subject(subject.toString())
                .claim(Role.CLAIM, role.name())
                .issuer("medondoor")
                .audience(List.of("medondoor-api"))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(Duration.ofMinutes(15)))
                .claim(JwtClaimNames.JTI, UUID.randomUUID().toString())
                .build();
    }

    /** The authorities the service grants the bearer of this token. */
    public static Collection<GrantedAuthority> authorities(Jwt token) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + token.getClaimAsString(Role.CLAIM)));
    }
}
