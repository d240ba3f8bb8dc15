package com.medondoor.live;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.test.annotation.DirtiesContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.live.EventChecks.available;
import static com.medondoor.live.EventChecks.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event is encoded to its SSE frame once, and every stream of its kind writes those same bytes: the
 * responses' buffers are recorded on their way to the server, and the two streams' frames of one
 * event must be one byte array, not two equal ones.
 */
@Import(SharedFramesIntegrationTests.RecordedBuffers.class)
@DirtiesContext
class SharedFramesIntegrationTests extends IntegrationTest {

    private static final ServiceType TYPE = ServiceType.NURSE_VISIT;

    /** Every byte array written to a stream response, in order, by request path and id. */
    static final Map<String, List<byte[]>> WRITTEN = new ConcurrentHashMap<>();

    @Test
    void sameEventReachesTwoStreamsAsTheSameEncodedBytes() {
        Api.Account patient = api().patient();
        CompletableFuture<JsonNode> booking = new CompletableFuture<>();
        CompletableFuture<Void> firstOpen = new CompletableFuture<>();
        StepVerifier first = new LiveClient(http).jobs(api().provider(TYPE)).as(StepVerifier::create)
                .assertNext(snapshot().andThen(event -> firstOpen.complete(null)))
                .assertNext(available(booking))
                .thenCancel()
                .verifyLater();
        new LiveClient(http).jobs(api().provider(TYPE)).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    // Both snapshots first: a booking made before a stream's snapshot is in the snapshot.
                    EventChecks.await(firstOpen);
                    booking.complete(new Changes(api()).book(patient, TYPE));
                })
                .assertNext(available(booking))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
        first.verify(LiveClient.TIMEOUT);

        String id = Changes.id(booking.join());
        List<byte[]> frames = WRITTEN.values().stream()
                .map(written -> written.stream()
                        .filter(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("event:job.available"))
                        .filter(bytes -> new String(bytes, StandardCharsets.UTF_8).contains(id))
                        .toList())
                .filter(found -> !found.isEmpty())
                .map(found -> found.get(0))
                .toList();
        assertThat(frames).as("streams that wrote the job.available of booking %s", id).hasSize(2);
        assertThat(frames.get(0)).as("bytes of the one event written to both streams: one encoding, shared")
                .isSameAs(frames.get(1));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordedBuffers {

        @Bean
        HttpHandlerDecoratorFactory recordStreamBuffers() {
            return handler -> (request, response) -> request.getPath().value().endsWith("/stream")
                    ? handler.handle(request, new Recording(response, request.getId()))
                    : handler.handle(request, response);
        }
    }

    /** Keeps each buffer's backing array (not a copy) as it is handed to the server. */
    private static final class Recording extends ServerHttpResponseDecorator {

        private final List<byte[]> written = new CopyOnWriteArrayList<>();

        Recording(ServerHttpResponse delegate, String id) {
            super(delegate);
            WRITTEN.put(id, written);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return super.writeWith(Flux.from(body).doOnNext(this::record));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return super.writeAndFlushWith(Flux.from(body).map(part -> Flux.from(part).doOnNext(this::record)));
        }

        /** The buffer's own array when it wraps one whole; a copy otherwise, which can never be shared. */
        private void record(DataBuffer buffer) {
            if (buffer instanceof NettyDataBuffer netty && netty.getNativeBuffer().hasArray()
                    && netty.getNativeBuffer().arrayOffset() == 0 && netty.readPosition() == 0
                    && netty.readableByteCount() == netty.getNativeBuffer().array().length) {
                written.add(netty.getNativeBuffer().array());
                return;
            }
            byte[] copy = new byte[buffer.readableByteCount()];
            buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(copy), 0, copy.length);
            written.add(copy);
        }
    }
}
