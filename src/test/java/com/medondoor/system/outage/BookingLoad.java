package com.medondoor.system.outage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.medondoor.Api;
import com.medondoor.account.ServiceType;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A small, steady load the way a careful client makes it: each patient books visits one after
 * another, each with its own Idempotency-Key, and every provider then claims the new booking at
 * once. A 503 is retried (the same request, the same key) after a short pause; every answer is
 * recorded with how long it took.
 */
final class BookingLoad implements AutoCloseable {

    /** Longer than any answer may take: a request still unanswered then counts as hung (status 0). */
    static final Duration HUNG = Duration.ofSeconds(10);
    private static final Duration PAUSE = Duration.ofMillis(200);
    private static final Duration LOGIN_PAUSE = Duration.ofMillis(100);
    private static final int ATTEMPTS = 150;
    private static final ParameterizedTypeReference<Map<String, Object>> BODY = new ParameterizedTypeReference<>() {
    };

    /** One HTTP answer, sent at {@code sent} (System.nanoTime()); status 0 when none arrived within {@link #HUNG}. */
    record Outcome(String request, long sent, int status, String contentType, String retryAfter, Duration took,
            Map<String, Object> body) {

        boolean isLogin() {
            return request.startsWith("login");
        }
    }

    /** A provider's last answer to its claim of a booking: 200 won, 409 lost. */
    record Claim(UUID booking, UUID provider, int status) {
    }

    /** What a patient's key booked, by its final 201. */
    record Booked(UUID patient, String key, UUID booking) {
    }

    private final ConnectionProvider connections;
    private final WebClient client;
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Queue<Claim> claims = new ConcurrentLinkedQueue<>();
    /** A provider's capacity (medondoor.duty.capacity.*) above every booking a load makes. */
    static final int CAPACITY_NOT_REACHED = 1000;

    private final Queue<Booked> booked = new ConcurrentLinkedQueue<>();
    private final AtomicInteger bookedCount = new AtomicInteger();
    private final Sinks.Many<Integer> progress = Sinks.many().replay().all();

    BookingLoad(int port) {
        connections = ConnectionProvider.builder("booking-load").maxConnections(50).build();
        client = WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections).responseTimeout(HUNG)))
                .build();
    }

    /** Runs {@code rounds} bookings per patient, each claimed by every provider; completes when all are done. */
    Mono<Void> run(List<Api.Account> patients, List<Api.Account> providers, int rounds) {
        return Flux.fromIterable(patients)
                .flatMap(patient -> Flux.range(0, rounds)
                        .concatMap(round -> book(patient, patient.id() + "-" + round, 0)
                                .flatMap(booking -> Flux.fromIterable(providers)
                                        .flatMap(provider -> claim(provider, booking, 0)).then())))
                .then();
    }

    /**
     * Patients log in again and again, one attempt in five with a wrong password (401, counted by the
     * login throttle), until {@code until} signals; a 503 is simply followed by the next attempt.
     */
    Mono<Void> logIns(List<Api.Account> patients, Mono<?> until) {
        return Flux.fromIterable(patients)
                .flatMap(patient -> Flux.range(0, Integer.MAX_VALUE)
                        .concatMap(attempt -> logIn(patient, attempt % 5 == 4).then(Mono.delay(LOGIN_PAUSE)))
                        .takeUntilOther(until))
                .then();
    }

    /** The number of bookings made so far, replayed to late subscribers. */
    Flux<Integer> progress() {
        return progress.asFlux();
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<Claim> claims() {
        return List.copyOf(claims);
    }

    List<Booked> booked() {
        return List.copyOf(booked);
    }

    private Mono<UUID> book(Api.Account patient, String key, int attempt) {
        Map<String, Object> visit = Api.booking(ServiceType.NURSE_VISIT);
        visit.put("need", "Visit " + key);
        return send("POST /api/bookings " + key, "/api/bookings", patient, key, visit).flatMap(outcome -> {
            if (outcome.status() == 201) {
                UUID booking = UUID.fromString((String) outcome.body().get("id"));
                booked.add(new Booked(patient.id(), key, booking));
                progress.tryEmitNext(bookedCount.incrementAndGet());
                return Mono.just(booking);
            }
            return retry(outcome, attempt, () -> book(patient, key, attempt + 1));
        });
    }

    private Mono<Claim> claim(Api.Account provider, UUID booking, int attempt) {
        return send("claim " + booking, "/api/jobs/" + booking + "/claim", provider, null, null).flatMap(outcome -> {
            if (outcome.status() == 200 || outcome.status() == 409) {
                Claim claim = new Claim(booking, provider.id(), outcome.status());
                claims.add(claim);
                return Mono.just(claim);
            }
            return retry(outcome, attempt, () -> claim(provider, booking, attempt + 1));
        });
    }

    private Mono<Outcome> logIn(Api.Account patient, boolean wrongPassword) {
        Map<String, Object> credentials = Map.of("email", patient.email(),
                "password", wrongPassword ? "not the password" : Api.PASSWORD);
        return send(wrongPassword ? "login, wrong password" : "login", "/api/auth/login", null, null, credentials);
    }

    /** Retries a 503 after a pause; anything else unexpected ends this line of work (the outcome is kept). */
    private static <T> Mono<T> retry(Outcome outcome, int attempt, java.util.function.Supplier<Mono<T>> again) {
        return outcome.status() == 503 && attempt < ATTEMPTS ? Mono.delay(PAUSE).then(Mono.defer(again)) : Mono.empty();
    }

    private Mono<Outcome> send(String label, String path, Api.Account caller, String key, Object body) {
        long start = System.nanoTime();
        var request = client.post().uri(path).headers(headers -> {
            if (caller != null) {
                headers.setBearerAuth(caller.token());
            }
            if (key != null) {
                headers.set("Idempotency-Key", key);
            }
        });
        return (body == null ? request : request.bodyValue(body))
                .exchangeToMono(response -> response.bodyToMono(BODY).defaultIfEmpty(Map.of()).map(answer -> {
                    HttpHeaders headers = response.headers().asHttpHeaders();
                    return new Outcome(label, start, response.statusCode().value(), String.valueOf(headers.getContentType()),
                            headers.getFirst(HttpHeaders.RETRY_AFTER), Duration.ofNanos(System.nanoTime() - start), answer);
                }))
                .onErrorResume(failure -> Mono.just(new Outcome(label, start, 0, null, null,
                        Duration.ofNanos(System.nanoTime() - start), Map.of("failure", failure.toString()))))
                .doOnNext(outcomes::add);
    }

    @Override
    public void close() {
        connections.dispose();
    }
}
