package com.medondoor.job;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.medondoor.Api;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Fires many requests at the running server at once, over real sockets: its own connection pool is
 * large enough that every request of a race is on the wire together, none waiting for a connection.
 */
final class RaceClient implements AutoCloseable {

    private static final ParameterizedTypeReference<Map<String, Object>> BODY = new ParameterizedTypeReference<>() {
    };

    private final ConnectionProvider connections;
    private final WebClient client;

    RaceClient(int port, int maxConnections) {
        this.connections = ConnectionProvider.builder("race")
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(30))
                .build();
        this.client = WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)
                        .responseTimeout(Duration.ofSeconds(30))))
                .build();
    }

    /** One request of a race: who sends it and where. */
    record Call(Api.Account caller, String path) {
    }

    /** What one caller got back; status 0 when no HTTP answer arrived at all. */
    record Answer(Call call, int status, String contentType, Map<String, Object> body) {

        UUID callerId() {
            return call.caller().id();
        }
    }

    /**
     * Posts every call at the same moment: all of them are subscribed behind one gate, which opens
     * only when the last is ready, so none has a head start of a whole round trip.
     */
    List<Answer> postAllAtOnce(List<Call> calls) throws Exception {
        Sinks.Empty<Void> gate = Sinks.empty();
        var answers = Flux.fromIterable(calls)
                .flatMap(call -> gate.asMono().then(Mono.defer(() -> post(call))), calls.size())
                .collectList()
                .toFuture();
        gate.tryEmitEmpty().orThrow();
        return answers.get(60, TimeUnit.SECONDS);
    }

    private Mono<Answer> post(Call call) {
        return client.post().uri(call.path())
                .headers(headers -> headers.setBearerAuth(call.caller().token()))
                .exchangeToMono(response -> response.bodyToMono(BODY)
                        .defaultIfEmpty(Map.of())
                        .map(body -> new Answer(call, response.statusCode().value(),
                                String.valueOf(response.headers().contentType().orElse(null)), body)))
                .onErrorResume(failure -> Mono.just(new Answer(call, 0, null, Map.of("failure", failure.toString()))));
    }

    @Override
    public void close() {
        connections.dispose();
    }
}
