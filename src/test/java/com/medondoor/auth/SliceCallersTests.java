package com.medondoor.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.UUID;

import com.medondoor.Callers;
import com.medondoor.account.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The router slices' callers ({@link Callers}) are {@code mockJwt()} authentications; this holds them to
 * what the service itself makes of the same access token, so that a slice's access rules and handlers see
 * what they see in the service.
 */
class SliceCallersTests {

    @ParameterizedTest
    @EnumSource(Role.class)
    void sliceCallerThenAuthenticatedAsTheServiceAuthenticatesTheSameToken(Role role) {
        Jwt token = Callers.token(UUID.randomUUID(), role);
        Revocations revocations = mock(Revocations.class);
        when(revocations.isRevoked(UUID.fromString(token.getId()))).thenReturn(Mono.just(false));

        new AccessTokenVerification().accessTokenAuthentication(revocations).convert(token)
                .as(StepVerifier::create)
                // mockJwt() authenticates as new JwtAuthenticationToken(token, authorities), named by the subject.
                .assertNext(service -> assertThat(service).as("the service's authentication of a %s token", role)
                        .isInstanceOf(JwtAuthenticationToken.class)
                        .usingRecursiveComparison()
                        .isEqualTo(new JwtAuthenticationToken(token, Callers.authorities(token))))
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
