package com.medondoor.live;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.medondoor.IntegrationTest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.netty.http.client.HttpClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client reads when it opens a stream, byte for byte: the web client and the tests' parsers
 * rely on it, and it must not change with how the service encodes and writes frames.
 */
class StreamWireFormatIntegrationTests extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void streamOpensWithItsHeadersThenRetryHintThenSnapshotFrame() {
        AtomicReference<HttpHeaders> head = new AtomicReference<>();
        String opening = HttpClient.create()
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + api().patient().token())
                        .set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                .get().uri("http://localhost:" + port + LiveClient.BOOKINGS)
                .response((response, body) -> {
                    head.set(response.responseHeaders());
                    return body.asString(StandardCharsets.UTF_8);
                })
                .scan("", String::concat)
                .filter(text -> text.contains("event:snapshot") && text.endsWith("\n\n"))
                .next()
                .block(LiveClient.TIMEOUT);

        assertThat(opening).as("the stream's first bytes")
                .matches("retry:3000\n:open\n\nid:\\d+\nevent:snapshot\ndata:\\{\"items\":\\[],[^\n]*}\n\n");
        HttpHeaders headers = head.get();
        assertThat(headers.get("Content-Type")).as("Content-Type").isEqualTo("text/event-stream;charset=UTF-8");
        assertThat(headers.get("Transfer-Encoding")).as("Transfer-Encoding").isEqualTo("chunked");
        assertThat(headers.get("Cache-Control")).as("Cache-Control").isEqualTo("no-store");
        assertThat(headers.get("X-Accel-Buffering")).as("X-Accel-Buffering").isEqualTo("no");
        assertThat(headers.get("X-Request-Id")).as("X-Request-Id").isNotBlank();
        assertThat(headers.get("X-Content-Type-Options")).as("X-Content-Type-Options").isEqualTo("nosniff");
        assertThat(headers.get("X-Frame-Options")).as("X-Frame-Options").isEqualTo("DENY");
        assertThat(headers.get("Referrer-Policy")).as("Referrer-Policy").isEqualTo("no-referrer");
        assertThat(headers.get("Content-Security-Policy")).as("Content-Security-Policy").contains("default-src 'self'");
        assertThat(headers.get("Content-Length")).as("Content-Length").isNull();
    }
}
