package com.medondoor.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/**
 * Bounds the handling of every request: whatever it waits for, it is answered (503, see
 * {@link Problems}) within {@code medondoor.request-timeout}. A live stream's handling
 * ends once the stream is set up, and its events are written after it (live/StreamHandoff): the deadline
 * bounds a stream's setup, never its life. Connection failures
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
        DeadlineResponse response = new DeadlineResponse(exchange.getResponse());
        // The deadline answers only if the handlers have not begun to: a late answer already on its way
        // is let through rather than cut off half-written.
        Mono<Void> deadline = elapsed(exchange.getRequest()).then(Mono.defer(() -> response.expire()
                ? Mono.error(new TimeoutException("No answer within " + timeout))
                : Mono.never()));
        return Mono.firstWithSignal(chain.filter(exchange.mutate().response(response).build()), deadline);
    }

    /**
     * Completes when the request's time is up. The timer runs on the connection's own event loop: set
     * and cancelled there, it takes no lock and wakes no other thread, where a shared scheduler did both
     * for every request. Requests that did not come through Reactor Netty (tests) use Reactor's timer.
     */
    private Mono<?> elapsed(ServerHttpRequest request) {
        EventLoop loop = eventLoopOf(request);
        if (loop == null) {
            return Mono.delay(timeout);
        }
        return Mono.create(sink -> {
            ScheduledFuture<?> timer = loop.schedule(() -> sink.success(), timeout.toNanos(), TimeUnit.NANOSECONDS);
            sink.onCancel(() -> timer.cancel(false));
        });
    }

    private static EventLoop eventLoopOf(ServerHttpRequest request) {
        try {
            return ServerHttpRequestDecorator.getNativeRequest(request) instanceof Connection connection
                    ? connection.channel().eventLoop()
                    : null;
        }
        catch (IllegalStateException | IllegalArgumentException noNativeRequest) {
            return null;
        }
    }
}
