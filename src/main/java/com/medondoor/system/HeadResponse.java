package com.medondoor.system;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A GET route's answer given to a HEAD request: the same status and headers, no body. WebFlux already drops
 * the body of a HEAD answer, but it reads a body of many parts to its end to do so, and a live stream has
 * none: such a body is not even begun, so a HEAD never opens a stream. A body of one part still gives its
 * {@code Content-Length}, as the GET does.
 */
final class HeadResponse implements ServerResponse {

    private final ServerResponse get;

    HeadResponse(ServerResponse get) {
        this.get = get;
    }

    @Override
    public HttpStatusCode statusCode() {
        return get.statusCode();
    }

    @Override
    public HttpHeaders headers() {
        return get.headers();
    }

    @Override
    public MultiValueMap<String, ResponseCookie> cookies() {
        return get.cookies();
    }

    @Override
    public Mono<Void> writeTo(ServerWebExchange exchange, Context context) {
        return get.writeTo(exchange.mutate().response(new Bodiless(exchange)).build(), context);
    }

    private static final class Bodiless extends ServerHttpResponseDecorator {

        Bodiless(ServerWebExchange exchange) {
            super(exchange.getResponse());
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return body instanceof Mono<? extends DataBuffer> one ? super.writeWith(one) : Mono.empty();
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return Mono.empty();
        }
    }
}
