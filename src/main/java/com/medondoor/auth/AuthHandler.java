package com.medondoor.auth;

import java.net.URI;
import java.util.UUID;

import com.medondoor.account.CurrentUser;
import com.medondoor.system.RequestBodies;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
class AuthHandler {

    private final AuthService auth;
    private final RequestBodies bodies;

    AuthHandler(AuthService auth, RequestBodies bodies) {
        this.auth = auth;
        this.bodies = bodies;
    }

    Mono<ServerResponse> register(ServerRequest request) {
        return bodies.read(request, RegisterRequest.class)
                .doOnNext(RegisterRequest::checkProfessional)
                .flatMap(auth::register)
                .flatMap(user -> ServerResponse.created(URI.create("/api/me")).bodyValue(user));
    }

    Mono<ServerResponse> login(ServerRequest request) {
        return bodies.read(request, LoginRequest.class)
                .flatMap(login -> auth.login(login, client(request)))
                .flatMap(AuthHandler::signedIn);
    }

    /** A new access token for the session in the cookie, and the cookie's next token; the cookie cleared if none. */
    Mono<ServerResponse> refresh(ServerRequest request) {
        return Mono.fromRunnable(() -> SessionCookie.checkSentByUs(request))
                .then(Mono.defer(() -> auth.refresh(SessionCookie.read(request))))
                .flatMap(AuthHandler::signedIn)
                .onErrorResume(AuthProblems.SessionEnded.class, ended -> ServerResponse.status(ended.getStatusCode())
                        .cookie(SessionCookie.cleared())
                        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                        .bodyValue(ended.getBody()));
    }

    private static Mono<ServerResponse> signedIn(AuthService.SignedIn signedIn) {
        return ServerResponse.ok().cookie(SessionCookie.of(signedIn.session()))
                .cacheControl(org.springframework.http.CacheControl.noStore()).bodyValue(signedIn.body());
    }

    /** The caller's address; behind a proxy, set server.forward-headers-strategy so it is the client's. */
    private static String client(ServerRequest request) {
        return request.remoteAddress().map(address -> address.getAddress().getHostAddress()).orElse("unknown");
    }

    /** Ends the caller's session, every tab's access token with it, and clears the cookie. */
    Mono<ServerResponse> logout(ServerRequest request) {
        return Mono.fromRunnable(() -> SessionCookie.checkSentByUs(request))
                .then(request.principal())
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> {
                    String session = token.getToken().getClaimAsString(AccessTokens.SESSION_CLAIM);
                    return auth.logout(UUID.fromString(token.getToken().getId()), token.getToken().getExpiresAt(),
                            session == null ? null : UUID.fromString(session));
                })
                .then(ServerResponse.noContent().cookie(SessionCookie.cleared()).build());
    }

    Mono<ServerResponse> resubmit(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(caller -> bodies.read(request, ProfessionalDetails.class)
                        .flatMap(details -> auth.resubmit(caller, details)))
                .flatMap(user -> ServerResponse.ok().bodyValue(user));
    }

    Mono<ServerResponse> me(ServerRequest request) {
        return CurrentUser.of(request)
                .flatMap(auth::me)
                .flatMap(user -> ServerResponse.ok().bodyValue(user));
    }
}
