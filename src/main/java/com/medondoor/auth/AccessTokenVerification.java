package com.medondoor.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.medondoor.account.Role;
import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Verifies access tokens: RS256 only, a {@code kid} naming one of our keys (the signing key or one
 * still valid from before a rotation), {@code typ: at+jwt}, our issuer and audience, unexpired, with
 * every claim the service relies on, and not revoked by logout.
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenVerification {

    /** Longer than any token we issue; refused before any parsing. */
    static final int MAX_TOKEN_LENGTH = 4096;

    @Bean
    ReactiveJwtDecoder accessTokenDecoder(JWKSet verificationKeys, JwtProperties properties, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(jwt -> Flux.fromIterable(verificationKeys.getKeys())
                        .filter(key -> key.getKeyID().equals(jwt.getHeader().getKeyID())))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(properties));
        VerifiedTokens verified = new VerifiedTokens(decoder, clock);
        return token -> token.length() > MAX_TOKEN_LENGTH
                ? Mono.error(new BadJwtException("The access token is too large"))
                : verified.decode(token);
    }

    @Bean
    Converter<Jwt, Mono<AbstractAuthenticationToken>> accessTokenAuthentication(Revocations revocations) {
        // From memory while this replica is listening, from revoked_tokens otherwise (see Revocations).
        return jwt -> revocations.isRevoked(UUID.fromString(jwt.getId()))
                .flatMap(revoked -> revoked || jwt.getClaimAsString(AccessTokens.SESSION_CLAIM) == null ? Mono.just(revoked)
                        : revocations.isRevoked(UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION_CLAIM))))
                .flatMap(revoked -> revoked
                        ? Mono.error(new InvalidBearerTokenException("The access token has been revoked"))
                        : Mono.just(new JwtAuthenticationToken(jwt,
                                List.of(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString(Role.CLAIM))),
                                jwt.getSubject())));
    }

    private static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTypeValidator(AccessTokens.TYPE.getType()),
                // No clock skew: tokens are issued and checked by the same fleet. Live streams end at
                // a token's expiry and must not be reopened with it (see live/LiveStreams).
                new JwtTimestampValidator(Duration.ZERO),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(properties.audience())),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.JTI, AccessTokenVerification::isUuid),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, AccessTokenVerification::isUuid),
                new JwtClaimValidator<String>(Role.CLAIM, AccessTokenVerification::isRole),
                // Tokens issued before sessions have none; every token since names its session.
                jwt -> {
                    String session = jwt.getClaimAsString(AccessTokens.SESSION_CLAIM);
                    return session == null || isUuid(session) ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The sid claim is no session id", null));
                });
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isRole(String value) {
        return value != null && Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(value));
    }
}
