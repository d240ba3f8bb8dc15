package com.medondoor.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Who may call what: the first rule whose method and path patterns match a request decides, and a
 * request no rule matches is let through. A rule for GET is one for HEAD too. The patterns are Spring's, parsed and matched exactly as
 * {@code pathMatchers(…)} does it (against the path within the application).
 * <p>
 * {@code authorizeExchange().pathMatchers(…)} would say the same; this decides with one plain loop where
 * that chain assembled and subscribed to a reactive matcher per rule tried, for every request.
 */
final class AccessRules implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final Mono<AuthorizationResult> GRANTED = Mono.just(new AuthorizationDecision(true));
    private static final Mono<AuthorizationResult> DENIED = Mono.just(new AuthorizationDecision(false));

    private final List<Rule> rules = new ArrayList<>();

    /** Anyone may call these paths, with or without a token. */
    AccessRules permit(String... paths) {
        return add(null, paths, Access.ANYONE, null);
    }

    /** Anyone may call these paths with this method, with or without a token. */
    AccessRules permit(HttpMethod method, String... paths) {
        return add(method, paths, Access.ANYONE, null);
    }

    /** Only callers whose token grants {@code ROLE_<role>}. */
    AccessRules role(String role, String... paths) {
        return add(null, paths, Access.ROLE, "ROLE_" + role);
    }

    /** Any caller with a valid token. */
    AccessRules signedIn(String... paths) {
        return add(null, paths, Access.SIGNED_IN, null);
    }

    /** No one, whatever the token. */
    AccessRules deny(String... paths) {
        return add(null, paths, Access.NOBODY, null);
    }

    private AccessRules add(HttpMethod method, String[] paths, Access access, String authority) {
        List<PathPattern> patterns = Arrays.stream(paths)
                .map(path -> PathPatternParser.defaultInstance.parse(PathPatternParser.defaultInstance.initFullPathPattern(path)))
                .toList();
        rules.add(new Rule(method, patterns, access, authority));
        return this;
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        Rule rule = ruleFor(context.getExchange().getRequest());
        if (rule == null || rule.access == Access.ANYONE) {
            return GRANTED;
        }
        if (rule.access == Access.NOBODY) {
            return DENIED;
        }
        return authentication
                .filter(Authentication::isAuthenticated)
                .flatMap(caller -> rule.access == Access.SIGNED_IN || holds(caller, rule.authority) ? GRANTED : DENIED)
                .switchIfEmpty(DENIED);
    }

    private Rule ruleFor(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        for (Rule rule : rules) {
            if (rule.matches(request.getMethod(), path)) {
                return rule;
            }
        }
        return null;
    }

    private static boolean holds(Authentication caller, String authority) {
        for (GrantedAuthority granted : caller.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private enum Access {
        ANYONE, SIGNED_IN, ROLE, NOBODY
    }

    private record Rule(HttpMethod method, List<PathPattern> patterns, Access access, String authority) {

        boolean matches(HttpMethod requestMethod, PathContainer path) {
            // HEAD is answered wherever GET is (OtherMethods), so a rule for GET decides it too.
            if (method != null && !method.equals(requestMethod)
                    && !(method.equals(HttpMethod.GET) && HttpMethod.HEAD.equals(requestMethod))) {
                return false;
            }
            for (PathPattern pattern : patterns) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
