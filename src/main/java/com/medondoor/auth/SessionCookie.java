package com.medondoor.auth;

import java.net.URI;
import java.util.Objects;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The cookie that holds a session's refresh token: {@code HttpOnly} (no script reads it), {@code Secure},
 * {@code SameSite=Strict} (no other site's page sends it) and scoped to {@link #PATH}, the only routes
 * that read it. Those routes also want proof that a page of ours sent the request ({@link #checkSentByUs}).
 */
final class SessionCookie {

    static final String NAME = "medondoor_session";
    static final String PATH = "/api/auth";
    /** The header a page of ours sets on refresh and logout; a form or a link of another site cannot. */
    static final String REQUESTED_WITH = "X-Requested-With";

    private SessionCookie() {
    }

    static ResponseCookie of(Sessions.Session session) {
        return base(session.refreshToken()).maxAge(session.remaining()).build();
    }

    static ResponseCookie cleared() {
        return base("").maxAge(0).build();
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(true).sameSite("Strict").path(PATH);
    }

    /** The refresh token the request carries, or null. */
    static String read(ServerRequest request) {
        HttpCookie cookie = request.cookies().getFirst(NAME);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Refuses a request that no page of ours sent: without {@link #REQUESTED_WITH}, or with an
     * {@code Origin} other than the service's own (browsers send it on every POST; a client that sends
     * none is no browser, and no browser is fooled into sending it).
     */
    static void checkSentByUs(ServerRequest request) {
        HttpHeaders headers = request.headers().asHttpHeaders();
        String requestedWith = headers.getFirst(REQUESTED_WITH);
        if (requestedWith == null || requestedWith.isBlank()) {
            throw new AuthProblems.CsrfCheckFailed("This request needs the " + REQUESTED_WITH + " header that the web app sends.");
        }
        String origin = headers.getOrigin();
        if (origin != null && !sameOrigin(origin, request.uri())) {
            throw new AuthProblems.CsrfCheckFailed("This request came from another site's page.");
        }
    }

    private static boolean sameOrigin(String origin, URI self) {
        try {
            URI other = URI.create(origin);
            return Objects.equals(other.getScheme(), self.getScheme()) && Objects.equals(other.getHost(), self.getHost())
                    && port(other) == port(self);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
