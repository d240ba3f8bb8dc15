package com.medondoor.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the web client's {@code index.html} for its deep links ({@code /login}, {@code /provider},
 * {@code /bookings/…}), so that a reload or a shared link opens the app. Its files (paths with a
 * dot in the last segment) come from the static resources, and the API's own prefixes are never
 * answered with the page: an unknown {@code /api/…} path stays a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
class WebClientRouter {

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    RouterFunction<ServerResponse> webClientRoutes() {
        return RouterFunctions.route(GET("/**").and(appPage()), request -> INDEX.exists()
                ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                        .bodyValue(INDEX)
                : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private static RequestPredicate appPage() {
        return request -> {
            String path = request.path();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/actuator")
                    && !path.startsWith("/v3/") && !last.contains(".");
        };
    }
}
