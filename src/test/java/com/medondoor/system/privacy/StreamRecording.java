package com.medondoor.system.privacy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.medondoor.Api.Account;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

import static org.awaitility.Awaitility.await;

/** Every named event a live stream sends, recorded as {@code event-name data} while the test acts. */
final class StreamRecording implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };

    private final List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
    private final Disposable subscription;

    private StreamRecording(WebTestClient http, String path, Account caller, String lastEventId) {
        subscription = http.get().uri(path)
                .headers(headers -> {
                    headers.setBearerAuth(caller.token());
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(SSE)
                .getResponseBody()
                .filter(event -> event.event() != null)
                .subscribe(events::add);
    }

    /** Opens the stream and waits for its first event (its snapshot, or the first replayed event). */
    static StreamRecording open(WebTestClient http, String path, Account caller, String lastEventId) {
        StreamRecording recording = new StreamRecording(http, path, caller, lastEventId);
        await().atMost(TIMEOUT).until(() -> !recording.events.isEmpty());
        return recording;
    }

    /** Waits until an event mentions {@code text} (a booking's id), and returns everything sent so far. */
    String until(String text) {
        await().atMost(TIMEOUT).until(() -> text().contains(text));
        return text();
    }

    /** The first event's id: where a reconnection resumes from. */
    String firstId() {
        return events.get(0).id();
    }

    String text() {
        StringBuilder text = new StringBuilder();
        events.forEach(event -> text.append(event.event()).append(' ').append(event.data()).append('\n'));
        return text.toString();
    }

    @Override
    public void close() {
        subscription.dispose();
    }
}
