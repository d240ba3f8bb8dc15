package com.medondoor.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A request that runs late is answered once, whole, by its handler or by the deadline, never by both. */
class RequestDeadlineTests {

    private static final Duration DEADLINE = Duration.ofMillis(300);
    private static final NettyDataBufferFactory BUFFERS = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);

    @Test
    void handlerThatBeganToAnswerBeforeTheDeadlineFinishesItsAnswer() {
        MockServerHttpResponse response = new MockServerHttpResponse();
        WebHandler answersAcrossTheDeadline = exchange -> Mono.delay(DEADLINE.minusMillis(200)).then(Mono.defer(() -> {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            exchange.getResponse().getHeaders().setContentType(MediaType.TEXT_PLAIN);
            return Mono.delay(DEADLINE).then(write(exchange.getResponse(), "late but whole"));
        }));

        handle(answersAcrossTheDeadline, response);

        assertThat(response.getStatusCode()).as("status of an answer begun before the deadline").isEqualTo(HttpStatus.OK);
        assertThat(response.getBodyAsString().block(Duration.ofSeconds(1))).as("body of that answer").isEqualTo("late but whole");
    }

    @Test
    void handlerStillRunningAfterTheDeadlineNeitherReachesNorBreaksThe503() throws Exception {
        MockServerHttpResponse response = new MockServerHttpResponse();
        ByteBuf lateBody = Unpooled.copiedBuffer("too late", StandardCharsets.UTF_8);
        CompletableFuture<Void> lateHandler = new CompletableFuture<>();
        WebHandler stuckThenWritesLate = exchange -> {
            // A handler on another thread that does not notice it was cancelled, as blocking code would not.
            new Thread(() -> {
                try {
                    Thread.sleep(DEADLINE.plusMillis(300).toMillis());
                    exchange.getResponse().setStatusCode(HttpStatus.OK);
                    exchange.getResponse().getHeaders().set("X-Late", "yes");
                    exchange.getResponse().writeWith(Mono.just(BUFFERS.wrap(lateBody))).block(Duration.ofSeconds(1));
                    lateHandler.complete(null);
                }
                catch (Throwable failure) {
                    lateHandler.completeExceptionally(failure);
                }
            }).start();
            return Mono.never();
        };

        handle(stuckThenWritesLate, response);
        lateHandler.get(5, TimeUnit.SECONDS);

        assertThat(response.getStatusCode()).as("status after the deadline").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).as("content type of the 503")
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as("Retry-After of the 503").isEqualTo("3");
        assertThat(response.getHeaders().containsHeader("X-Late")).as("a header the late handler set").isFalse();
        assertThat(lateBody.refCnt()).as("references left on the late handler's body, which nobody will send").isZero();
    }

    private static void handle(WebHandler handler, ServerHttpResponse response) {
        HttpHandler http = WebHttpHandlerBuilder.webHandler(handler)
                .filter(new RequestDeadline(DEADLINE))
                .exceptionHandler(new ProblemExceptionHandler(new ProblemWriter(new Problems(Duration.ofSeconds(3)), JsonMapper.builder().build())))
                .build();
        http.handle(MockServerHttpRequest.get("/api/bookings").build(), response).block(Duration.ofSeconds(5));
    }

    private static Mono<Void> write(ServerHttpResponse response, String body) {
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }
}
