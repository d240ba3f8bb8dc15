package com.medondoor.system;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.function.server.support.ServerRequestWrapper;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request no route took, that a route would take with another method: {@code HEAD} is answered by the
 * {@code GET} route, without a body ({@link HeadResponse}); any other method is a 405 whose {@code Allow}
 * lists the methods the path takes. It asks every route there is, present and future, with the other
 * methods, so no table needs keeping.
 * <p>
 * Like every handler it runs after the security chain: a protected path is refused (401, 403) before anyone
 * learns which methods it takes, so only a caller already let through tells 405 from 404 (a patient's
 * {@code PUT /api/bookings} is a 405, a provider's a 403 and an anonymous caller's a 401, as before). Ordered
 * after every other mapping but the static resources', which claims every path and would answer 404.
 */
@Component
class OtherMethods implements HandlerMapping, Ordered, SmartInitializingSingleton {

    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final ObjectProvider<RouterFunction<?>> routers;
    private final List<HttpMessageReader<?>> readers;
    private RouterFunction<?> routes;

    OtherMethods(ObjectProvider<RouterFunction<?>> routers, ServerCodecConfigurer codecs) {
        this.routers = routers;
        this.readers = codecs.getReaders();
    }

    /** Every route in the order the router mapping tries them. */
    @Override
    public void afterSingletonsInstantiated() {
        routes = routers.orderedStream().reduce(RouterFunction::andOther)
                .orElseGet(() -> request -> Mono.empty());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 2;
    }

    @Override
    public Mono<Object> getHandler(ServerWebExchange exchange) {
        ServerRequest request = ServerRequest.create(exchange, readers);
        Mono<Object> head = HttpMethod.HEAD.equals(request.method()) ? asGet(request) : Mono.empty();
        return head.switchIfEmpty(Mono.defer(() -> allowed(request).flatMap(allowed -> allowed.isEmpty()
                ? Mono.empty()
                : Mono.error(new MethodNotAllowedException(request.method(), allowed)))));
    }

    /** The GET route's handler, matched as the router mapping would have matched it, path variables and all. */
    private Mono<Object> asGet(ServerRequest request) {
        return routes.route(new AsMethod(request, HttpMethod.GET, request.attributes())).map(get -> {
            HandlerFunction<ServerResponse> head = headRequest -> get.handle(headRequest)
                    .map(response -> new HeadResponse((ServerResponse) response));
            expose(request, head);
            return head;
        });
    }

    /** The methods some route takes this path with; each asked on a copy of the attributes, which a match writes to. */
    private Mono<Set<HttpMethod>> allowed(ServerRequest request) {
        return Flux.fromIterable(METHODS)
                .concatMap(method -> routes.route(new AsMethod(request, method, new HashMap<>(request.attributes())))
                        .map(handler -> method))
                .collect(LinkedHashSet<HttpMethod>::new, (allowed, method) -> {
                    allowed.add(method);
                    if (method.equals(HttpMethod.GET)) {
                        allowed.add(HttpMethod.HEAD);
                    }
                });
    }

    /** What RouterFunctionMapping tells the rest of the request about the route it matched. */
    private static void expose(ServerRequest request, HandlerFunction<?> handler) {
        Map<String, Object> attributes = request.exchange().getAttributes();
        attributes.put(RouterFunctions.REQUEST_ATTRIBUTE, request);
        attributes.put(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        if (attributes.get(RouterFunctions.MATCHING_PATTERN_ATTRIBUTE) instanceof PathPattern pattern) {
            attributes.put(BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
            ServerRequestObservationContext.findCurrent(attributes)
                    .ifPresent(context -> context.setPathPattern(pattern.toString()));
        }
        Object variables = attributes.get(RouterFunctions.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null) {
            attributes.put(URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        }
    }

    /** The request as if sent with another method, its attributes where a matching route writes them. */
    private static final class AsMethod extends ServerRequestWrapper {

        private final HttpMethod method;
        private final Map<String, Object> attributes;

        AsMethod(ServerRequest request, HttpMethod method, Map<String, Object> attributes) {
            super(request);
            this.method = method;
            this.attributes = attributes;
        }

        @Override
        public HttpMethod method() {
            return method;
        }

        @Override
        public Map<String, Object> attributes() {
            return attributes;
        }
    }
}
