package com.medondoor.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.codec.ServerSentEventHttpMessageWriter;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Frames are the bytes Spring's SSE writer produced for the same events, which clients already parse. */
class FrameTests {

    private static final ResolvableType SSE = ResolvableType.forClassWithGenerics(ServerSentEvent.class, String.class);

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"1\",\"notes\":\"été, 水, 🙂\"}", "two\nlines", "cr\rlf\r\nend\n", ""})
    void eventIsWhatSpringsWriterWrites(String data) {
        assertThat(text(Frame.event(42, "job.available", data)))
                .as("frame of an event with data %s", data)
                .isEqualTo(spring(ServerSentEvent.builder(data).id("42").event("job.available").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"1\",\"name\":\"Zoë\"}", "two\nlines", ""})
    void eventWithoutIdIsWhatSpringsWriterWrites(String data) {
        assertThat(text(Frame.event("account.updated", data)))
                .as("frame of an event without id, with data %s", data)
                .doesNotContain("id:")
                .isEqualTo(spring(ServerSentEvent.builder(data).event("account.updated").build()));
        assertThat(Frame.event("account.updated", data).id()).as("id of an event frame without id").isEqualTo(Frame.NO_ID);
    }

    @Test
    void commentsAreWhatSpringsWriterWrites() {
        assertThat(text(Frame.comment("open", Duration.ofSeconds(3)))).as("opening hint")
                .isEqualTo("retry:3000\n:open\n\n")
                .isEqualTo(spring(ServerSentEvent.<String>builder().retry(Duration.ofSeconds(3)).comment("open").build()));
        assertThat(text(Frame.KEEP_ALIVE)).as("heartbeat")
                .isEqualTo(":keep-alive\n\n")
                .isEqualTo(spring(ServerSentEvent.<String>builder().comment("keep-alive").build()));
        assertThat(text(Frame.comment("a\nb", null))).as("comment of two lines")
                .isEqualTo(spring(ServerSentEvent.<String>builder().comment("a\nb").build()));
    }

    @Test
    void eventsKeepTheirIdAndCommentsHaveNone() {
        assertThat(Frame.event(7, "snapshot", "{}").id()).as("id of an event frame").isEqualTo(7);
        assertThat(Frame.KEEP_ALIVE.id()).as("id of a comment frame").isEqualTo(Frame.NO_ID);
    }

    private static String text(Frame frame) {
        return new String(frame.bytes(), StandardCharsets.UTF_8);
    }

    private static String spring(ServerSentEvent<String> event) {
        MockServerHttpResponse response = new MockServerHttpResponse();
        new ServerSentEventHttpMessageWriter().write(Mono.just(event), SSE, MediaType.TEXT_EVENT_STREAM, response, Map.of())
                .block(Duration.ofSeconds(5));
        return response.getBodyAsString().block(Duration.ofSeconds(5));
    }
}
