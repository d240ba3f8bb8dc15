package com.medondoor.system;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Bounds every request but the live streams: whatever it waits for, it is answered (503, see
 * {@link ProblemExceptionHandler}) within {@code medondoor.request-timeout}. Connection failures
 * already answer within a couple of seconds; this is for a database that goes silent instead, as
 * behind a network partition, where a statement already sent waits for an answer that never comes.
 * Ahead of the security filters (order -100), so that the token's revocation check is bounded too.
 * Handlers may still be running on another thread when the deadline answers: {@link DeadlineResponse}
 * keeps their late writes off the response.
 */
@Component
@Order(-200)
class RequestDeadline implements WebFilter {

    private final Duration timeout;

    RequestDeadline(@Value("${medondoor.request-timeout:10s}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().endsWith("/stream")) {
            return chain.filter(exchange);
        }
        DeadlineResponse response = new DeadlineResponse(exchange.getResponse());
        // The deadline answers only if the handlers have not begun to: a late answer already on its way
        // is let through rather than cut off half-written.
        Mono<Void> deadline = Mono.delay(timeout).then(Mono.defer(() -> response.expire()
                ? Mono.error(new TimeoutException("No answer within " + timeout))
                : Mono.never()));
        return Mono.firstWithSignal(chain.filter(exchange.mutate().response(response).build()), deadline);
    }
}
