package com.medondoor.live;

import java.time.Duration;
import java.util.List;

import com.medondoor.Api;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Opens the live streams the way the web client does (fetch with a Bearer header) and reads them. */
final class LiveClient {

    /** Generous: every awaited event is due within a second or two, but the machine is shared. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String JOBS = "/api/jobs/stream";
    static final String BOOKINGS = "/api/bookings/stream";
    static final String ACCOUNT = "/api/me/stream";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE =
            new ParameterizedTypeReference<>() {
            };

    private final WebTestClient http;

    LiveClient(WebTestClient http) {
        this.http = http;
    }

    Flux<ServerSentEvent<String>> jobs(Api.Account provider) {
        return events(JOBS, provider, null);
    }

    Flux<ServerSentEvent<String>> jobs(Api.Account provider, String lastEventId) {
        return events(JOBS, provider, lastEventId);
    }

    Flux<ServerSentEvent<String>> bookings(Api.Account patient) {
        return events(BOOKINGS, patient, null);
    }

    Flux<ServerSentEvent<String>> bookings(Api.Account patient, String lastEventId) {
        return events(BOOKINGS, patient, lastEventId);
    }

    Flux<ServerSentEvent<String>> account(Api.Account caller) {
        return events(ACCOUNT, caller, null);
    }

    /**
     * The named events only (no opening hint, no heartbeat), delivered off the event loop one at a
     * time: checks may wait there for the change they expect to finish (see {@link EventChecks}).
     */
    Flux<ServerSentEvent<String>> events(String path, Api.Account caller, String lastEventId) {
        return raw(path, caller, lastEventId)
                .filter(event -> event.event() != null)
                .publishOn(Schedulers.boundedElastic(), 1);
    }

    /** Everything the stream sends, comments included, as the connection delivers it. */
    Flux<ServerSentEvent<String>> raw(String path, Api.Account caller, String lastEventId) {
        return http.get().uri(path)
                .headers(headers -> {
                    headers.setBearerAuth(caller.token());
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(SSE)
                .getResponseBody();
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static JsonNode data(ServerSentEvent<String> event) {
        return json(event.data());
    }

    /** The ids of a page's items (a snapshot's data). */
    static List<String> itemIds(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    static long id(ServerSentEvent<String> event) {
        return Long.parseLong(event.id());
    }

    static boolean isKeepAlive(ServerSentEvent<String> event) {
        return "keep-alive".equals(event.comment()) && event.event() == null && event.data() == null;
    }
}
