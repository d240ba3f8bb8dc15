package com.medondoor.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client that sends its stream request and then stops reading, like a frozen browser tab: a raw
 * socket with a small receive buffer, because a WebClient keeps reading (and decoding ahead) however
 * little its subscriber requests.
 */
final class StalledClient implements AutoCloseable {

    private final Socket socket;

    StalledClient(int port, String path, String token) throws IOException {
        socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("localhost", port), 5_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Accept: text/event-stream\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Reads the response head, and nothing more. */
    String head() throws IOException {
        socket.setSoTimeout(15_000);
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** Reads on until the server ends the response; fails if it goes on for longer than {@code within}. */
    String readToEnd(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        socket.setSoTimeout((int) within.toMillis());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            body.write(buffer, 0, read);
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the stalled client's stream was still open after " + within);
            }
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
