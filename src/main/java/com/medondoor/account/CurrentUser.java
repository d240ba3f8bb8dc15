package com.medondoor.account;

import java.util.UUID;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/** The authenticated caller, as its verified access token names it. */
public record CurrentUser(UUID id, Role role) {

    public static Mono<CurrentUser> of(ServerRequest request) {
        return request.principal()
                .cast(JwtAuthenticationToken.class)
                .map(token -> new CurrentUser(UUID.fromString(token.getName()),
                        Role.valueOf(token.getToken().getClaimAsString(Role.CLAIM))));
    }
}
