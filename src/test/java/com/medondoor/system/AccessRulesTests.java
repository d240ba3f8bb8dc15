package com.medondoor.system;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.DelegatingReactiveAuthorizationManager;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcherEntry;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's {@link AccessRules} decide every request as the same rules written with Spring
 * Security's {@code pathMatchers(…)} did, awkward paths included (trailing and doubled slashes, case,
 * encoded characters, dot segments): both are asked about every method, path and caller below. HEAD,
 * which pathMatchers(…) would decide apart, is decided as GET.
 */
class AccessRulesTests {

    private static final List<String> PATHS = List.of("/", "/index.html", "/assets/app.js", "/login",
            "/api", "/api/", "/api/auth/login", "/api/auth/login/", "/api/auth/register", "/api/auth/logout",
            "/api/auth/me", "/API/auth/login", "/api//auth/login", "/api/bookings", "/api/bookings/",
            "/api/bookings/1f0e/cancel", "/api/bookings/stream", "/api/bookingsx", "/api/jobs", "/api/jobs/",
            "/api/jobs/1f0e/claim", "/api/jobs//1f0e/claim", "/api/jobs/%2e%2e/x", "/api/jobs/../bookings",
            "/api/providers/1f0e/ratings", "/api/me", "/api/me/professional", "/api/me/professional/", "/api/admin",
            "/api/admin/", "/api/admin/providers", "/api/admin/providers/1f0e/approve", "/api/admin/audit",
            "/api/adminx", "/API/admin/providers", "/api//admin/providers", "/api/jobs/../admin/audit", "/actuator", "/actuator/", "/actuator/health", "/actuator/health/",
            "/actuator/health/liveness", "/actuator/info", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
            "/actuator/prometheus", "/actuator/env", "/actuator/heapdump", "/livez", "/readyz", "/v3/api-docs",
            "/v3/api-docs.yaml", "/v3/api-docs/x");
    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    private final AccessRules rules = SecurityConfig.accessRules();

    private final DelegatingReactiveAuthorizationManager springRules = DelegatingReactiveAuthorizationManager.builder()
            .add(entry(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login"), permitAll()))
            .add(entry(ServerWebExchangeMatchers.pathMatchers("/api/bookings", "/api/bookings/**"),
                    AuthorityReactiveAuthorizationManager.hasRole("USER")))
            .add(entry(ServerWebExchangeMatchers.pathMatchers("/api/jobs", "/api/jobs/**", "/api/me/professional"),
                    AuthorityReactiveAuthorizationManager.hasRole("PROVIDER")))
            .add(entry(ServerWebExchangeMatchers.pathMatchers("/api/admin", "/api/admin/**"),
                    AuthorityReactiveAuthorizationManager.hasRole("ADMIN")))
            .add(entry(ServerWebExchangeMatchers.pathMatchers("/api/**"), AuthenticatedReactiveAuthorizationManager.authenticated()))
            .add(entry(ServerWebExchangeMatchers.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info"), permitAll()))
            .add(entry(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/livez", "/readyz"), permitAll()))
            .add(entry(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics/**",
                    "/actuator/prometheus"), permitAll()))
            .add(entry(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml"), permitAll()))
            .add(entry(ServerWebExchangeMatchers.pathMatchers("/actuator/**"), (authentication, context) -> decision(false)))
            .add(entry(ServerWebExchangeMatchers.anyExchange(), permitAll()))
            .build();

    static Stream<Arguments> callers() {
        return Stream.of(Arguments.of("anonymous", null), Arguments.of("patient", "ROLE_USER"),
                Arguments.of("provider", "ROLE_PROVIDER"), Arguments.of("administrator", "ROLE_ADMIN"),
                Arguments.of("another role", "ROLE_OTHER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void decidesEveryPathAsSpringSecuritysPathMatchersDid(String caller, String authority) {
        int granted = 0;
        for (HttpMethod method : METHODS) {
            for (String path : PATHS) {
                MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
                boolean ours = granted(rules.authorize(authentication(authority), new AuthorizationContext(exchange)));
                boolean spring = granted(springRules.authorize(authentication(authority), exchange));
                assertThat(ours).as("%s %s by %s", method, path, caller).isEqualTo(spring);
                granted += ours ? 1 : 0;
            }
        }
        // Neither all nor nothing: the comparison is between rules that really decide.
        assertThat(granted).isBetween(1, METHODS.size() * PATHS.size() - 1);
    }

    /** HEAD is answered wherever GET is (OtherMethods), so it must be let through exactly where GET is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void decidesHeadAsGetOnEveryPath(String caller, String authority) {
        for (String path : PATHS) {
            boolean head = granted(rules.authorize(authentication(authority),
                    new AuthorizationContext(MockServerWebExchange.from(MockServerHttpRequest.head(path)))));
            boolean get = granted(rules.authorize(authentication(authority),
                    new AuthorizationContext(MockServerWebExchange.from(MockServerHttpRequest.get(path)))));
            assertThat(head).as("HEAD %s by %s, as GET", path, caller).isEqualTo(get);
        }
    }

    private static Mono<Authentication> authentication(String authority) {
        return authority == null ? Mono.empty() : Mono.just(new TestingAuthenticationToken("caller", "", authority));
    }

    private static boolean granted(Mono<AuthorizationResult> result) {
        return Boolean.TRUE.equals(result.map(AuthorizationResult::isGranted).defaultIfEmpty(false).block());
    }

    private static ServerWebExchangeMatcherEntry<ReactiveAuthorizationManager<AuthorizationContext>> entry(
            ServerWebExchangeMatcher matcher, ReactiveAuthorizationManager<AuthorizationContext> manager) {
        return new ServerWebExchangeMatcherEntry<>(matcher, manager);
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> permitAll() {
        return (authentication, context) -> decision(true);
    }

    private static Mono<AuthorizationResult> decision(boolean granted) {
        return Mono.just(new AuthorizationDecision(granted));
    }
}
