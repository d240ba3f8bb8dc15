package com.medondoor.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the served OpenAPI description and the README's API table in step with the real routes. */
class OpenApiContractTests extends IntegrationTest {

    @Autowired
    private Map<String, RouterFunction<?>> routers;

    @Test
    void apiDocsDescribeExactlyTheApiRoutes() {
        Map<?, ?> description = http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        Set<String> documented = new TreeSet<>();
        ((Map<?, ?>) description.get("paths")).forEach((path, operations) -> ((Map<?, ?>) operations).keySet()
                .forEach(method -> documented.add(method.toString().toUpperCase() + " " + path)));

        assertThat(documented).as("operations in openapi.yaml versus the routes the service serves")
                .isEqualTo(apiRoutes());
    }

    @Test
    void readmeApiTableListsEveryApiRoute() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(apiRoutes()).as("every route appears in README.md as `METHOD /path`")
                .isNotEmpty()
                .allSatisfy(route -> assertThat(readme).contains(route));
    }

    @Test
    void apiDocsYamlIsServedWithoutToken() {
        http.get().uri("/v3/api-docs.yaml").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(yaml -> assertThat(yaml).startsWith("openapi: 3.1.0"));
    }

    private Set<String> apiRoutes() {
        RouteCollector collector = new RouteCollector();
        routers.values().forEach(router -> router.accept(collector));
        return collector.routes;
    }

    /** Collects "METHOD /path" for every route under /api. */
    private static final class RouteCollector implements RouterFunctions.Visitor, RequestPredicates.Visitor {

        private final Set<String> routes = new TreeSet<>();
        private String method;
        private String path;

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
            method = null;
            path = null;
            predicate.accept(this);
            if (path != null && path.startsWith("/api/")) {
                routes.add(method + " " + path);
            }
        }

        @Override
        public void method(Set<HttpMethod> methods) {
            method = methods.iterator().next().name();
        }

        @Override
        public void path(String pattern) {
            path = pattern;
        }

        @Override
        public void startNested(RequestPredicate predicate) {
        }

        @Override
        public void endNested(RequestPredicate predicate) {
        }

        @Override
        public void resources(Function<ServerRequest, Mono<Resource>> lookupFunction) {
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void queryParam(String name, String value) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }
}
