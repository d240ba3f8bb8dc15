package com.medondoor.system;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every failure of a request into a problem body ({@link Problems} says which). Ordered before
 * Boot's default error handler so that no HTML page, no stack trace and no framework message ever
 * reaches a client.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private final ProblemWriter problems;

    ProblemExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        // Half an answer is already on its way: nothing can be said any more but to drop the connection.
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        return problems.answer(exchange, failure);
    }
}
