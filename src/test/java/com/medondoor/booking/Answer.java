package com.medondoor.booking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** One answer to a booking request of a race; status 0 when no HTTP answer arrived. */
record Answer(int status, boolean replayed, Map<String, Object> body) {

    private static final ParameterizedTypeReference<Map<String, Object>> BODY = new ParameterizedTypeReference<>() {
    };

    /** A POST /api/bookings with a bearer token and an Idempotency-Key. */
    record Call(String token, String key, Map<String, Object> body) {
    }

    /**
     * Sends the calls at the same moment, each on its own connection: all wait behind one gate that
     * opens when the last is subscribed.
     */
    static List<Answer> allAtOnce(int port, int count, IntFunction<Call> calls) {
        ConnectionProvider connections = ConnectionProvider.builder("idempotency-race").maxConnections(count).build();
        try {
            WebClient client = WebClient.builder().baseUrl("http://localhost:" + port)
                    .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)
                            .responseTimeout(Duration.ofSeconds(20))))
                    .build();
            Sinks.Empty<Void> gate = Sinks.empty();
            var answers = Flux.fromStream(IntStream.range(0, count).mapToObj(calls))
                    .flatMap(call -> gate.asMono().then(Mono.defer(() -> post(client, call))), count)
                    .collectList()
                    .toFuture();
            gate.tryEmitEmpty().orThrow();
            return answers.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException("race did not finish", e);
        }
        finally {
            connections.dispose();
        }
    }

    private static Mono<Answer> post(WebClient client, Call call) {
        return client.post().uri("/api/bookings")
                .headers(headers -> {
                    headers.setBearerAuth(call.token());
                    headers.set(BookingHandler.IDEMPOTENCY_KEY, call.key());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(call.body())
                .exchangeToMono(response -> response.bodyToMono(BODY).defaultIfEmpty(Map.of())
                        .map(body -> new Answer(response.statusCode().value(),
                                "true".equals(response.headers().asHttpHeaders().getFirst(BookingHandler.REPLAYED)), body)))
                .onErrorResume(failure -> Mono.just(new Answer(0, false, Map.of("failure", failure.toString()))));
    }
}
