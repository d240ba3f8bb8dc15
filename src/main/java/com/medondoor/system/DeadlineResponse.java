package com.medondoor.system;

import java.util.function.Supplier;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The response as a request's handlers see it while {@link RequestDeadline} watches the clock. It
 * decides, once, who answers a request that runs late: the handlers, if they have begun to write their
 * answer, or the deadline, after which the handlers' late touches go nowhere. Every touch goes through
 * one lock, so the deadline's 503 is never written while a handler is half-way through the same
 * headers (Netty's header map is not thread-safe: that race sent 503s without a Content-Type, and 500s
 * with a NullPointerException from the header map).
 */
final class DeadlineResponse extends ServerHttpResponseDecorator {

    private enum State { OPEN, ANSWERING, EXPIRED }

    private State state = State.OPEN;
    private final HttpHeaders headers;
    private final HttpHeaders discardedHeaders = new HttpHeaders();
    private final MultiValueMap<String, ResponseCookie> discardedCookies = new LinkedMultiValueMap<>();

    DeadlineResponse(ServerHttpResponse response) {
        super(response);
        this.headers = new HttpHeaders(new GuardedHeaders(this, this::currentHeaders));
    }

    /** The deadline's claim: true when the handlers had not begun to answer, who are shut out from now on. */
    synchronized boolean expire() {
        if (state == State.ANSWERING) {
            return false;
        }
        state = State.EXPIRED;
        return true;
    }

    @Override
    public synchronized boolean setStatusCode(HttpStatusCode status) {
        return answer(() -> super.setStatusCode(status), false);
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public synchronized MultiValueMap<String, ResponseCookie> getCookies() {
        return state == State.EXPIRED ? discardedCookies : super.getCookies();
    }

    @Override
    public synchronized void addCookie(ResponseCookie cookie) {
        if (state != State.EXPIRED) {
            super.addCookie(cookie);
        }
    }

    @Override
    public synchronized void beforeCommit(Supplier<? extends Mono<Void>> action) {
        if (state != State.EXPIRED) {
            super.beforeCommit(action);
        }
    }

    @Override
    public synchronized Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return answer(() -> super.writeWith(body), Flux.from(body).doOnNext(DataBufferUtils::release).then());
    }

    @Override
    public synchronized Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return answer(() -> super.writeAndFlushWith(body),
                Flux.from(body).concatMap(Flux::from).doOnNext(DataBufferUtils::release).then());
    }

    @Override
    public synchronized Mono<Void> setComplete() {
        return answer(super::setComplete, Mono.empty());
    }

    /** Called under the lock: the handlers begin (or go on with) their answer, unless the deadline took it. */
    private <T> T answer(Supplier<T> touch, T discarded) {
        if (state == State.EXPIRED) {
            return discarded;
        }
        state = State.ANSWERING;
        return touch.get();
    }

    /** Called under the lock by {@link GuardedHeaders}. */
    private MultiValueMap<String, String> currentHeaders() {
        return (state == State.EXPIRED ? discardedHeaders : getDelegate().getHeaders()).asMultiValueMap();
    }
}
