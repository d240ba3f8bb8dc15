package com.medondoor.live;

import org.reactivestreams.Publisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

/**
 * Writes an event stream's body after its request has been handled, not inside the handling. Each
 * operator of the handling (the web filters with their checkpoints, security, routing, the request's
 * observation) stays in memory until the innermost write ends, and an event stream's write ends when
 * the stream does, hours later: that was most of an open stream's heap (live-feed.md). So the handling
 * only sets the stream up, status and headers included, and finishes; then the body is written to the
 * same response, which is committed with its first frame as before. Any other response is written
 * where it always was. One consequence: {@code http.server.requests} times a stream's request up to
 * this hand-off, not for as long as the stream stays open.
 */
@Configuration(proxyBeanMethods = false)
class StreamHandoff {

    @Bean
    HttpHandlerDecoratorFactory eventStreamsWrittenAfterTheirRequest() {
        return handler -> (request, response) -> {
            Deferred deferred = new Deferred(response);
            return handler.handle(request, deferred).then(Mono.defer(deferred::writeBody));
        };
    }

    /** Keeps an event stream's body back until {@link #writeBody()}; lets anything else through. */
    private static final class Deferred extends ServerHttpResponseDecorator {

        private volatile Publisher<? extends DataBuffer> body;

        Deferred(ServerHttpResponse response) {
            super(response);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            MediaType type = getHeaders().getContentType();
            if (type != null && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type)) {
                this.body = body;
                return Mono.empty();
            }
            // Written instead, as an error's problem body would be: the stream is not written after it.
            this.body = null;
            return super.writeWith(body);
        }

        /** The handling completes the response when it is done; a stream's is completed by its body. */
        @Override
        public Mono<Void> setComplete() {
            return body != null ? Mono.empty() : super.setComplete();
        }

        Mono<Void> writeBody() {
            Publisher<? extends DataBuffer> stream = body;
            return stream != null ? getDelegate().writeWith(stream) : Mono.empty();
        }
    }
}
