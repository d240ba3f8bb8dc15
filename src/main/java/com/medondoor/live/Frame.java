package com.medondoor.live;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * One Server-Sent Events frame, encoded to UTF-8 once and then written as it is by every stream that
 * sends it: streams share the byte array and never change it. The text is exactly what Spring's
 * {@code ServerSentEventHttpMessageWriter} writes for the same event ({@code FrameTests} compares
 * them), so clients see the same bytes as before frames were shared.
 */
final class Frame {

    /** The id of a frame that is no event (a comment). */
    static final long NO_ID = -1;

    /** The heartbeat, one for every stream. */
    static final Frame KEEP_ALIVE = comment("keep-alive", null);

    private final long id;
    private final byte[] bytes;

    private Frame(long id, byte[] bytes) {
        this.id = id;
        this.bytes = bytes;
    }

    /** {@code id:}, {@code event:} and {@code data:} lines, then the blank line. */
    static Frame event(long id, String name, String data) {
        return encode(id, name, data);
    }

    /**
     * An event with no {@code id:} line: one that is no {@code booking_events} row, so that a client's
     * Last-Event-ID stays the last booking event it received.
     */
    static Frame event(String name, String data) {
        return encode(NO_ID, name, data);
    }

    private static Frame encode(long id, String name, String data) {
        StringBuilder text = new StringBuilder(data.length() + name.length() + 40);
        if (id != NO_ID) {
            text.append("id:").append(id).append('\n');
        }
        text.append("event:").append(name).append('\n');
        text.append("data:");
        appendValue(text, "data:", data);
        text.append("\n\n");
        return new Frame(id, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A comment line, after a {@code retry:} line if {@code retry} is given, then the blank line. */
    static Frame comment(String comment, Duration retry) {
        StringBuilder text = new StringBuilder(comment.length() + 24);
        if (retry != null) {
            text.append("retry:").append(retry.toMillis()).append('\n');
        }
        text.append(':');
        appendValue(text, ":", comment);
        text.append("\n\n");
        return new Frame(NO_ID, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A value that spans lines goes on as one more field line per line, as Spring writes it. */
    private static void appendValue(StringBuilder text, String field, String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                text.append('\n').append(field);
            }
            else {
                text.append(c);
            }
        }
    }

    long id() {
        return id;
    }

    /** The encoded frame, shared: never to be written to. */
    byte[] bytes() {
        return bytes;
    }

    /** Frames are equal when they send the same bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Frame frame && id == frame.id && Arrays.equals(bytes, frame.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(id) + Arrays.hashCode(bytes);
    }
}
