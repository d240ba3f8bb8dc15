package com.medondoor.system;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a failure with its RFC 9457 problem body ({@code application/problem+json}), as {@link Problems}
 * describes it, plus the two members every answer has: {@code instance}, the request's path, and
 * {@code requestId}. Used by the exception handler and by the security chain, which runs before any router.
 */
@Component
class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json.rebuild().addMixIn(ProblemDetail.class, RfcOrder.class).build();
    }

    Mono<Void> answer(ServerWebExchange exchange, Throwable failure) {
        return write(exchange, problems.of(exchange, failure));
    }

    Mono<Void> write(ServerWebExchange exchange, ErrorResponse problem) {
        byte[] bytes = json.writeValueAsBytes(forRequest(problem.getBody(), exchange.getRequest()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(problem.getStatusCode());
        HttpHeaders headers = response.getHeaders();
        headers.putAll(problem.getHeaders());
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    /** A copy, so that a problem is never changed by being answered: {@code requestId} comes first of the extensions. */
    private static ProblemDetail forRequest(ProblemDetail problem, ServerHttpRequest request) {
        ProblemDetail body = ProblemDetail.forStatus(problem.getStatus());
        body.setType(problem.getType());
        body.setTitle(problem.getTitle());
        body.setDetail(problem.getDetail());
        body.setInstance(instance(request.getPath().value()));
        body.setProperty("requestId", request.getId());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(body::setProperty);
        }
        return body;
    }

    /**
     * Spring's mixin writes the extension members at the top level, as RFC 9457 has them; the members come in
     * the RFC's order, which clients have always seen, rather than the mapper's alphabetical one.
     */
    @JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
    private interface RfcOrder extends ProblemDetailJacksonMixin {
    }

    /**
     * The path as it arrived, still encoded. Behind a real server it is always a valid URI path (a request
     * whose target is not one is refused before any of this runs); a mock's may not be, and goes without.
     */
    private static URI instance(String path) {
        try {
            return URI.create(path);
        }
        catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
