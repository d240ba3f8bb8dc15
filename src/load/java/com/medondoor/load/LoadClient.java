package com.medondoor.load;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.medondoor.Api;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sets the scene through the public API: accounts with their tokens, bookings, single claims. */
final class LoadClient implements AutoCloseable {

    static final String PASSWORD = "load suite passphrase";
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);
    private static final int SETUP_CONCURRENCY = 32;

    /** A registered user and an access token of theirs. */
    record Account(UUID id, String token) {
    }

    /** An HTTP answer. */
    record Answer(int status, String body) {
    }

    private final ConnectionProvider connections = ConnectionProvider.builder("load-setup").maxConnections(64).build();
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    /** The administrator ServiceProcess configures, who approves every provider; logged in once. */
    private final Mono<Account> admin;

    LoadClient(String baseUrl) {
        http = HttpClient.create(connections).baseUrl(baseUrl)
                .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"));
        admin = logIn(Api.ADMIN_EMAIL, Api.PASSWORD).cache();
    }

    /** {@code count} patients ({@code serviceType} null) or providers of one type, created in parallel. */
    List<Account> accounts(int count, String serviceType) {
        return Flux.range(0, count)
                .flatMap(i -> account(serviceType), SETUP_CONCURRENCY)
                .collectList()
                .block(SETUP_TIMEOUT);
    }

    /** A patient, or a provider of this type whom the service's test administrator has approved. */
    Mono<Account> account(String serviceType) {
        String email = (serviceType == null ? "patient" : "provider") + "-" + UUID.randomUUID() + "@load.test";
        String role = serviceType == null ? "USER" : "PROVIDER";
        String register = """
                {"name":"Load %s","email":"%s","password":"%s","role":"%s"%s}"""
                .formatted(role.toLowerCase(), email, PASSWORD, role, serviceType == null ? ""
                        : ",\"serviceType\":\"" + serviceType + "\",\"professional\":" + professional(serviceType));
        Mono<Account> account = post("/api/auth/register", null, register, 201).then(logIn(email, PASSWORD));
        return serviceType == null ? account : account.flatMap(provider -> admin
                .flatMap(admin -> post("/api/admin/providers/" + provider.id() + "/approve", admin.token(),
                        "{\"reason\":\"Load suite\"}", 200))
                .then(send(HttpMethod.PUT, "/api/jobs/duty", provider.token(), "{\"onDuty\":true}", 200))
                .thenReturn(provider));
    }

    private Mono<Account> logIn(String email, String password) {
        String login = """
                {"email":"%s","password":"%s"}""".formatted(email, password);
        return post("/api/auth/login", null, login, 200)
                .map(answer -> {
                    JsonNode body = json.readTree(answer.body());
                    return new Account(UUID.fromString(body.path("user").path("id").asString()),
                            body.path("accessToken").asString());
                });
    }

    private static String professional(String serviceType) {
        return serviceType.equals("MEDICINE_DELIVERY") ? "{\"identityDocument\":\"LOAD-ID\",\"vehicle\":\"Van\"}"
                : "{\"licenceNumber\":\"LOAD-LICENCE\"}";
    }

    /** {@code count} bookings of one type, spread over the patients, created in parallel. */
    List<UUID> bookings(List<Account> patients, int count, String serviceType) {
        return Flux.range(0, count)
                .flatMap(i -> book(patients.get(i % patients.size()), serviceType), SETUP_CONCURRENCY)
                .collectList()
                .block(SETUP_TIMEOUT);
    }

    Mono<UUID> book(Account patient, String serviceType) {
        return post("/api/bookings", patient.token(), bookingBody(serviceType), 201)
                .map(answer -> UUID.fromString(json.readTree(answer.body()).path("id").asString()));
    }

    Mono<Answer> claim(Account provider, UUID booking) {
        return post("/api/jobs/" + booking + "/claim", provider.token(), "", 0);
    }

    /** A booking as a patient sends it: its address in parts, a phone to parse (E.164 out), a need and notes. */
    static String bookingBody(String serviceType) {
        return """
                {"serviceType":"%s","address":{"street":"1 Load Street","postcode":"10115","city":"Berlin",\
                "district":"Mitte","country":"DE"},"phone":"030 1234567","need":"Load test visit",\
                "notes":"load suite"}""".formatted(serviceType);
    }

    /** POSTs and, unless {@code expected} is 0, fails on any other status. */
    private Mono<Answer> post(String path, String token, String body, int expected) {
        return send(HttpMethod.POST, path, token, body, expected);
    }

    private Mono<Answer> send(HttpMethod method, String path, String token, String body, int expected) {
        return http.headers(headers -> {
                    if (token != null) {
                        headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                    }
                })
                .request(method).uri(path)
                .send(ByteBufFlux.fromString(Mono.just(body)))
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), text)))
                .flatMap(answer -> expected == 0 || answer.status() == expected ? Mono.just(answer)
                        : Mono.error(new IllegalStateException(method + " " + path + " answered " + answer.status()
                                + " instead of " + expected + ": " + answer.body())));
    }

    @Override
    public void close() {
        connections.dispose();
    }
}
