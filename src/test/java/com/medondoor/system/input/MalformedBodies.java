package com.medondoor.system.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.medondoor.Api;
import com.medondoor.account.ServiceType;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed bodies every JSON route must refuse. Each case starts from the route's valid body and
 * breaks one thing, so that a refusal can only be about that thing.
 */
final class MalformedBodies {

    private static final JsonMapper JSON = new JsonMapper();
    private static final String HUGE = "x".repeat(100_000);
    /** Past the 256 KiB that the codecs hold in memory by default. */
    private static final String OVER_THE_LIMIT = "x".repeat(300_000);

    private MalformedBodies() {
    }

    /** The routes that take a JSON body, and their text fields; the first is the one the cases below use. */
    enum BodyRoute {
        REGISTER("name", "email", "password"), LOGIN("password", "email"), CREATE_BOOKING("need", "notes", "phone"),
        RATE_BOOKING("review");

        final String textField;
        final List<String> textFields;

        BodyRoute(String... textFields) {
            this.textField = textFields[0];
            this.textFields = List.of(textFields);
        }
    }

    /** One malformed request body; {@code field} is the member the problem must name, if any. */
    record BodyCase(BodyRoute route, String name, MediaType contentType, Function<Map<String, Object>, byte[]> body,
            int expected, String field) {
        @Override
        public String toString() {
            return "%s: %s -> %d".formatted(route, name, expected);
        }
    }

    static Map<String, Object> registration() {
        return Map.of("name", "Florence", "email", "florence-" + UUID.randomUUID() + "@example.test",
                "password", "longenough", "role", "PROVIDER", "serviceType", "NURSE_VISIT",
                "professional", Map.of("licenceNumber", "RCN 1234"));
    }

    static Map<String, Object> booking() {
        Map<String, Object> booking = Api.booking(ServiceType.NURSE_VISIT);
        booking.put("scheduledFor", Instant.now().plus(Duration.ofDays(2)).toString());
        return booking;
    }

    static Stream<BodyCase> cases() {
        return Stream.of(BodyRoute.values())
                .flatMap(route -> Stream.of(anyBody(route), fields(route), HostileText.cases(route)).flatMap(c -> c));
    }

    /** What is wrong with a body whatever the route. */
    private static Stream<BodyCase> anyBody(BodyRoute route) {
        String field = route.textField;
        return Stream.of(
                raw(route, "malformed JSON (cut in the middle)", 400,
                        valid -> Arrays.copyOf(json(valid), json(valid).length / 2)),
                raw(route, "single quotes instead of double", 400, valid -> utf8(new String(json(valid),
                        StandardCharsets.UTF_8).replace('"', '\''))),
                raw(route, "an empty body", 400, valid -> new byte[0]),
                raw(route, "a JSON array holding the valid object", 400, valid -> utf8("[" + text(valid) + "]")),
                raw(route, "JSON null", 400, valid -> utf8("null")),
                raw(route, "a JSON string", 400, valid -> utf8("\"hello\"")),
                raw(route, "a JSON number", 400, valid -> utf8("42")),
                raw(route, "a second object after the valid one", 400, valid -> utf8(text(valid) + " {}")),
                raw(route, "invalid UTF-8 in " + field, 400,
                        valid -> splice(valid, field, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF})),
                raw(route, "arrays nested 10 000 deep", 400, valid -> utf8(text(with(valid, "deep", null))
                        .replace("\"deep\":null", "\"deep\":" + "[".repeat(10_000) + "]".repeat(10_000)))),
                new BodyCase(route, "the valid body as text/plain", MediaType.TEXT_PLAIN, MalformedBodies::json, 415,
                        null),
                new BodyCase(route, "a form instead of JSON", MediaType.APPLICATION_FORM_URLENCODED,
                        valid -> utf8("a=b&c=d"), 415, null),
                new BodyCase(route, "XML instead of JSON", MediaType.APPLICATION_XML,
                        valid -> utf8("<request/>"), 415, null),
                raw(route, "a body over the in-memory limit", 413, valid -> json(with(valid, field, OVER_THE_LIMIT))));
    }

    /** Wrong values for each field of the route's body. */
    private static Stream<BodyCase> fields(BodyRoute route) {
        return switch (route) {
            case REGISTER -> Stream.of(
                    field(route, "name", 123, "a number"), field(route, "name", true, "a boolean"),
                    field(route, "name", Map.of(), "an object"), field(route, "name", HUGE, "100 000 characters"),
                    field(route, "email", 123, "a number"), field(route, "email", List.of(), "an array"),
                    field(route, "email", HUGE, "100 000 characters"),
                    field(route, "password", 12345678, "a number"),
                    field(route, "password", HUGE, "100 000 characters"),
                    field(route, "role", Map.of("name", "USER"), "an object"),
                    field(route, "role", "ADMIN", "an unknown value"),
                    field(route, "role", "provider", "in lower case"),
                    field(route, "role", 1, "a number"),
                    field(route, "serviceType", Map.of(), "an object"),
                    field(route, "serviceType", "SURGERY", "an unknown value"),
                    field(route, "serviceType", 2, "a number"));
            case LOGIN -> Stream.of(
                    field(route, "email", 123, "a number"), field(route, "email", Map.of(), "an object"),
                    field(route, "email", HUGE, "100 000 characters"),
                    field(route, "password", 12345678, "a number"), field(route, "password", List.of(), "an array"),
                    field(route, "password", HUGE, "100 000 characters"));
            case CREATE_BOOKING -> Stream.of(
                    field(route, "serviceType", Map.of(), "an object"),
                    field(route, "serviceType", "PIZZA_DELIVERY", "an unknown value"),
                    field(route, "serviceType", "nurse_visit", "in lower case"),
                    field(route, "serviceType", 0, "a number"),
                    field(route, "address", 123, "a number"), field(route, "address", List.of(), "an array"),
                    field(route, "address", "12 Rose Street, Springfield", "one line of text"),
                    field(route, "address", HUGE, "100 000 characters"),
                    new BodyCase(route, "address is an empty object", MediaType.APPLICATION_JSON,
                            valid -> json(with(valid, "address", Map.of())), 400, "address.street"),
                    field(route, "phone", 301234567, "a number"), field(route, "phone", HUGE, "100 000 characters"),
                    field(route, "need", List.of("a"), "an array"), field(route, "need", HUGE, "100 000 characters"),
                    field(route, "notes", 42, "a number"), field(route, "notes", false, "a boolean"),
                    field(route, "notes", HUGE, "100 000 characters"),
                    field(route, "scheduledFor", "tomorrow at noon", "not a date"),
                    field(route, "scheduledFor", Map.of(), "an object"),
                    field(route, "scheduledFor", true, "a boolean"),
                    field(route, "scheduledFor", 4_102_444_800L, "a number of seconds"),
                    field(route, "scheduledFor", "2020-01-01T09:00:00Z", "in the past"));
            case RATE_BOOKING -> Stream.of(
                    field(route, "stars", "5", "a string"), field(route, "stars", "five", "a word"),
                    field(route, "stars", 4.5, "a fraction"), field(route, "stars", 5.0, "a float"),
                    field(route, "stars", true, "a boolean"), field(route, "stars", Map.of(), "an object"),
                    field(route, "stars", 99_999_999_999L, "beyond an int"),
                    field(route, "stars", 6, "above 5"), field(route, "stars", 0, "below 1"),
                    field(route, "stars", null, "null"),
                    field(route, "review", 123, "a number"), field(route, "review", Map.of(), "an object"),
                    field(route, "review", HUGE, "100 000 characters"));
        };
    }

    private static BodyCase raw(BodyRoute route, String name, int expected, Function<Map<String, Object>, byte[]> body) {
        return new BodyCase(route, name, MediaType.APPLICATION_JSON, body, expected, null);
    }

    private static BodyCase field(BodyRoute route, String field, Object value, String what) {
        return new BodyCase(route, field + " is " + what, MediaType.APPLICATION_JSON,
                valid -> json(with(valid, field, value)), 400, field);
    }

    static byte[] json(Map<String, Object> body) {
        return JSON.writeValueAsBytes(body);
    }

    private static String text(Map<String, Object> body) {
        return new String(json(body), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** The valid body with {@code inside}, as it is, in the middle of the field's value: raw bytes or JSON escapes. */
    static byte[] splice(Map<String, Object> valid, String field, byte[] inside) {
        String marker = "SPLICE-HERE";
        String value = (String) valid.get(field);
        String marked = value.substring(0, value.length() / 2) + marker + value.substring(value.length() / 2);
        String[] halves = text(with(valid, field, marked)).split(marker);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(halves[0]));
        bytes.writeBytes(inside);
        bytes.writeBytes(utf8(halves[1]));
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
