package com.medondoor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.medondoor.auth.Revocations;
import com.medondoor.system.RequestBodies;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A router slice: one feature's routes on WebFlux behind the service's own security, access rules, strict
 * JSON, validation, request ids and problem bodies, with nothing behind the handlers: no database, no
 * Flyway, no R2DBC. The test class imports its feature's router and handler, mocks the feature's service
 * with {@code @MockitoBean}, and calls as {@link Callers} (the {@code mockJwt()} shape of the service's
 * own authentications); {@link SliceRoutes} serves the imported routes.
 * <p>
 * What a slice runs of the service is named here and only here, so that a change to the service's error
 * handling or security is reflected in one place ({@code @WebFluxTest} adds the service's web filters,
 * such as the request deadline, by itself). The package-private configuration is named by pattern, which
 * the compiler cannot check; a pattern that no longer matches leaves the slice without that part, and then
 * it fails to start or its problem-body, access and JSON tests fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebFluxTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
        // Errors: every failure as a problem body, also those of security's entry points.
        "com\\.medondoor\\.system\\.(ProblemExceptionHandler|ProblemWriter|Problems)",
        // A wrong method on a route: 405 with Allow, and HEAD wherever GET is.
        "com\\.medondoor\\.system\\.OtherMethods",
        // Who may call what.
        "com\\.medondoor\\.system\\.SecurityConfig",
        // Strict JSON, the X-Request-Id of every answer, and the clock the token checks read.
        "com\\.medondoor\\.system\\.(JsonConfig|RequestIds|ClockConfig)",
        // Bearer tokens are verified as the service does it (a slice can only fail to present one).
        "com\\.medondoor\\.auth\\.(AccessTokenVerification|SigningKeys)",
        // Their settings: @ConfigurationPropertiesScan filters what it binds as a slice filters components.
        "com\\.medondoor\\.system\\.CorsProperties", "com\\.medondoor\\.auth\\.JwtProperties"}))
@Import({RequestBodies.class, SliceRoutes.class})
@ContextConfiguration(initializers = SharedSigningKey.class)
// The revocation list lives in PostgreSQL; only a token that verifies would be checked against it.
@MockitoBean(types = Revocations.class)
public @interface RouterSliceTest {
}
