package com.medondoor.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import reactor.core.publisher.Mono;

/**
 * Who may call what. Stateless: every request carries its own bearer token; there is no session or
 * cookie, so there is nothing for CSRF to ride on.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    /**
     * For the built web client: one script and one stylesheet from {@code /assets}, no inline script or
     * style, no eval; API calls and streams go to the same origin. Harmless on API responses, where
     * {@code frame-ancestors} still forbids framing.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http,
            Converter<Jwt, Mono<AbstractAuthenticationToken>> accessTokenAuthentication, ProblemWriter problems,
            CorsProperties cors) {
        // Described by the one mapper (Problems) as every other failure is: 401 with its Bearer challenge, 403.
        ServerAuthenticationEntryPoint unauthorized = problems::answer;
        ServerAccessDeniedHandler forbidden = problems::answer;

        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .cors(spec -> spec.configurationSource(cors.source()))
                // Cache-Control: no-store on every response that does not choose its own caching (the
                // API's answers carry personal data and tokens; the app's index.html asks for no-cache).
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .cache(Customizer.withDefaults()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(routes -> routes.anyExchange().access(accessRules()))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(accessTokenAuthentication))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** Who may call what; the first rule that matches decides, and anything no rule names is open. */
    static AccessRules accessRules() {
        return new AccessRules()
                .permit(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/refresh")
                .role("USER", "/api/bookings", "/api/bookings/**")
                .role("PROVIDER", "/api/jobs", "/api/jobs/**", "/api/me/professional")
                // An administrator is no patient and no provider: the two rules above refuse them too.
                .role("ADMIN", "/api/admin", "/api/admin/**")
                .signedIn("/api/**")
                .permit("/actuator/health", "/actuator/health/**", "/actuator/info")
                .permit(HttpMethod.GET, "/livez", "/readyz")
                // Operational figures only (no personal data). Prometheus' scrape is exposed only on
                // Kubernetes, where Actuator has its own port that no Ingress reaches (k8s/).
                .permit(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                .permit(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml")
                .deny("/actuator/**");
    }

    /**
     * No observations of the filter chain, the authentications and the authorizations: nothing reads
     * them, they cost a tenth of a claim's CPU, and their wrappers stay in memory for as long as a live
     * stream is open (performance.md). HTTP request metrics are not affected.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Security's firewall refuses some URLs before any route runs (an encoded slash, semicolon, percent or
     * control character in the path); its default answer is a bare 400, and every error here is a problem.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedExchange(ProblemWriter problems) {
        return (exchange, rejected) -> {
            browserHeaders(exchange.getResponse().getHeaders());
            return problems.answer(exchange, rejected);
        };
    }

    /** What {@code headers()} writes, for the firewall's answers, which come before the chain runs. */
    private static void browserHeaders(HttpHeaders headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", ReferrerPolicy.NO_REFERRER.getPolicy());
        headers.set("X-Frame-Options", XFrameOptionsServerHttpHeadersWriter.Mode.DENY.name());
        headers.setCacheControl(CacheControl.noStore());
    }
}
