package com.medondoor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's JSON mapper as {@link JsonConfig} builds it, without the service: which characters a text
 * field takes and which bytes a body may hold.
 */
class StrictJsonTests {

    private static final JsonMapper JSON = serviceMapper();

    record Text(String line, @MultiLine String lines) {
    }

    @Test
    void codePointsThenRefusedExactlyWhenControlNoncharacterOrSurrogate() {
        List<String> wrong = new ArrayList<>();
        for (int c : codePoints()) {
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            boolean refused = Character.isISOControl(c) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
                    || (c >= 0xD800 && c <= 0xDFFF);
            if (accepted("line", c) == refused || accepted("lines", c) == (refused && !lineBreakOrTab)) {
                wrong.add("U+%04X".formatted(c));
            }
        }
        assertThat(wrong).as("code points accepted or refused against the rules").isEmpty();
    }

    @Test
    void surrogatesThenAcceptedOnlyAsAPairInOrder() {
        assertThat(read("\\ud83d\\ude00")).as("a pair: U+1F600").isEqualTo("\uD83D\uDE00");
        for (String escapes : List.of("\\ud83d", "\\ude00", "\\ude00\\ud83d", "\\ud83d\\ud83d", "x\\ud83dx")) {
            assertThatThrownBy(() -> read(escapes)).as(escapes).isInstanceOf(ForbiddenCharacter.class)
                    .extracting(e -> ((ForbiddenCharacter) e).reason()).asString()
                    .startsWith("contains an invalid character (U+D");
        }
    }

    @Test
    void refusalThenNamesTheFieldInItsPath() {
        assertThatThrownBy(() -> JSON.readValue("{\"lines\":\"ok\",\"line\":\"a\\u0000b\"}", Text.class))
                .isInstanceOfSatisfying(ForbiddenCharacter.class, e -> {
                    assertThat(e.getPath()).extracting(r -> r.getPropertyName()).containsExactly("line");
                    assertThat(e.reason()).isEqualTo("contains a control character (U+0000)");
                });
    }

    /** Each is not UTF-8: overlong, truncated, a lone continuation, FE/FF, encoded surrogates, past U+10FFFF. */
    @ParameterizedTest(name = "bytes {0} -> refused")
    @ValueSource(strings = {"C0AF", "C1BF", "E080AF", "F08080AF", "C3", "E282", "F09F98", "80", "BF", "FE", "FF",
            "EDA080", "EDBFBF", "EDA0BDEDB880", "F4908080", "F88880808080", "FC8480808080"})
    void malformedUtf8ThenRefusedBeforeParsing(String hex) {
        byte[] body = bodyWith(HexFormat.of().parseHex(hex));
        assertThatThrownBy(() -> JSON.readValue(new ByteArrayInputStream(body), Text.class))
                .isInstanceOf(StrictUtf8.Malformed.class);
        assertThatThrownBy(() -> JSON.readValue(body, Text.class)).isInstanceOf(StrictUtf8.Malformed.class);
    }

    @Test
    void wellFormedUtf8ThenRead() {
        String text = "é ü € 中 \uD83D\uDE00 \uDBFF\uDFFD";
        byte[] body = bodyWith(text.getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readValue(new ByteArrayInputStream(body), Text.class).line()).isEqualTo("a" + text + "b");
    }

    /** All of the first plane, and the first and last three code points of every other plane. */
    private static int[] codePoints() {
        IntStream astral = IntStream.rangeClosed(1, 16).flatMap(plane -> IntStream.of(0, 1, 0xFFFD, 0xFFFE, 0xFFFF)
                .map(offset -> plane * 0x10000 + offset));
        return IntStream.concat(IntStream.rangeClosed(0, 0xFFFF), astral).toArray();
    }

    private static boolean accepted(String field, int codePoint) {
        String escaped = codePoint > 0xFFFF ? escape(Character.highSurrogate(codePoint))
                + escape(Character.lowSurrogate(codePoint)) : escape((char) codePoint);
        try {
            JSON.readValue("{\"" + field + "\":\"a" + escaped + "b\"}", Text.class);
            return true;
        }
        catch (ForbiddenCharacter refused) {
            return false;
        }
    }

    private static String read(String escapes) {
        return JSON.readValue("{\"line\":\"" + escapes + "\"}", Text.class).line();
    }

    private static String escape(char c) {
        return "\\u%04x".formatted((int) c);
    }

    private static byte[] bodyWith(byte[] inside) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"line\":\"a".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(inside);
        bytes.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static JsonMapper serviceMapper() {
        JsonConfig config = new JsonConfig();
        JsonFactoryBuilder factory = JsonFactory.builder();
        config.boundedDocuments().customize(factory);
        JsonMapper.Builder mapper = JsonMapper.builder(factory.build());
        config.strictScalars().customize(mapper);
        return mapper.build();
    }
}
