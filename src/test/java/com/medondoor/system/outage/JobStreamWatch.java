package com.medondoor.system.outage;

import java.time.Duration;
import java.util.UUID;

import com.medondoor.Api;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** A provider's open job stream, read in the background and kept, so that a test can ask what arrived. */
public final class JobStreamWatch implements AutoCloseable {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };

    private final Sinks.Many<ServerSentEvent<String>> received = Sinks.many().replay().all();
    private final Sinks.Empty<Void> ended = Sinks.empty();
    private final Disposable reading;
    private volatile Throwable failure;

    public JobStreamWatch(int port, Api.Account provider) {
        reading = WebClient.create("http://localhost:" + port).get().uri("/api/jobs/stream")
                .headers(headers -> headers.setBearerAuth(provider.token()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(SSE)
                .subscribe(received::tryEmitNext, failure -> {
                    this.failure = failure;
                    end();
                }, this::end);
    }

    private void end() {
        received.tryEmitComplete();
        ended.tryEmitEmpty();
    }

    /** The first event with this name, waiting up to {@code timeout} for it. */
    public ServerSentEvent<String> await(String name, Duration timeout) {
        return received.asFlux().filter(event -> name.equals(event.event())).next().block(timeout);
    }

    /** Waits for {@code job.available} of this booking. */
    public ServerSentEvent<String> awaitAvailable(UUID booking, Duration timeout) {
        return received.asFlux()
                .filter(event -> "job.available".equals(event.event()) && event.data().contains(booking.toString()))
                .next().block(timeout);
    }

    /** Waits for the stream to end, then returns its last event. */
    public ServerSentEvent<String> awaitEnd(Duration timeout) {
        ended.asMono().block(timeout);
        return received.asFlux().last().block(Duration.ofSeconds(1));
    }

    /** Everything received so far, for failure messages. */
    public java.util.List<ServerSentEvent<String>> received() {
        return received.asFlux().take(Duration.ofMillis(100)).collectList().block();
    }

    /** Why the stream ended, if it failed rather than completed. */
    public Throwable failure() {
        return failure;
    }

    /** Completes when the stream has ended (normally or not). */
    public Mono<Void> ended() {
        return ended.asMono();
    }

    @Override
    public void close() {
        reading.dispose();
    }
}
