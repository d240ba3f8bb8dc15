package com.medondoor.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem bodies. The single place that knows their shape, used by the exception
 * handler and by the security entry points, which run before any router.
 */
@Component
public class ProblemWriter {

    private static final String TYPE_BASE = "https://medondoor.app/problems/";

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public Mono<Void> write(ServerWebExchange exchange, ApiException problem) {
        exchange.getResponse().getHeaders().setAll(problem.headers());
        return write(exchange, problem.status(), problem.slug(), problem.title(), problem.getMessage(),
                problem.extensions());
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title,
            String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(slug).toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("requestId", exchange.getRequest().getId());
        body.putAll(extensions);
        byte[] bytes = json.writeValueAsBytes(body);

        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
