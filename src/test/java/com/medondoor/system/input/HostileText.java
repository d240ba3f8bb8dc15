package com.medondoor.system.input;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.medondoor.system.input.MalformedBodies.BodyCase;
import com.medondoor.system.input.MalformedBodies.BodyRoute;
import org.springframework.http.MediaType;

/**
 * Text no field may hold, put in the middle of every text field of every route that takes a body: control
 * characters, noncharacters and unpaired surrogates, as JSON escapes and, where JSON allows it, as raw UTF-8;
 * line breaks and tabs in the fields that hold one line; and bytes that are not UTF-8 at all. A character is
 * refused naming its field; bytes that are not UTF-8 make the whole body unreadable, so they name none.
 */
final class HostileText {

    /** The fields meant to hold several lines, where line breaks and tabs are text. */
    static final Set<String> MULTI_LINE = Set.of("notes", "review");

    /** Refused in every text field. */
    static final List<Sample> REFUSED = List.of(
            written("NUL", "\\u0000"), written("U+0001", "\\u0001"), written("ESC", "\\u001b"),
            written("U+001F", "\\u001f"), written("DEL", "\\u007f"), written("U+0080", "\\u0080"),
            written("NEL", "\\u0085"), written("U+009F", "\\u009f"),
            written("a lone high surrogate", "\\ud800"), written("a lone low surrogate", "\\udfff"),
            written("a surrogate pair in reverse order", "\\ude00\\ud83d"),
            written("noncharacter U+FDD0", "\\ufdd0"), written("noncharacter U+FDEF", "\\ufdef"),
            written("noncharacter U+FFFE", "\\ufffe"), written("noncharacter U+FFFF", "\\uffff"),
            written("noncharacter U+1FFFE", "\\ud83f\\udffe"), written("noncharacter U+10FFFF", "\\udbff\\udfff"),
            written("raw DEL", "\u007f"), written("raw NEL", "\u0085"), written("raw U+FDD0", "\ufdd0"),
            written("raw U+FFFE", "\ufffe"));

    /** Refused in the fields that hold one line. */
    static final List<Sample> LINE_BREAKS = List.of(
            written("a line feed", "\\n"), written("a carriage return", "\\r"), written("a tab", "\\t"));

    /** Not UTF-8: overlong forms, truncated sequences, bytes UTF-8 never uses, encoded surrogates, past U+10FFFF. */
    static final List<Sample> NOT_UTF8 = List.of(
            hex("overlong '/' (C0 AF)", "C0AF"), hex("overlong NUL (C0 80)", "C080"),
            hex("overlong DEL (C1 BF)", "C1BF"), hex("overlong '/' in three bytes (E0 80 AF)", "E080AF"),
            hex("overlong '/' in four bytes (F0 80 80 AF)", "F08080AF"), hex("a truncated € (E2 82)", "E282"),
            hex("a truncated emoji (F0 9F 98)", "F09F98"), hex("a lone continuation byte (80)", "80"),
            hex("byte FE", "FE"), hex("byte FF", "FF"), hex("an encoded high surrogate (ED A0 80)", "EDA080"),
            hex("an encoded low surrogate (ED BF BF)", "EDBFBF"),
            hex("an emoji in CESU-8 (ED A0 BD ED B8 80)", "EDA0BDEDB880"),
            hex("past U+10FFFF (F4 90 80 80)", "F4908080"));

    private HostileText() {
    }

    /** Something put into a JSON string as these bytes; {@code name} says what it is. */
    record Sample(String name, byte[] bytes) {
    }

    static Stream<BodyCase> cases(BodyRoute route) {
        return route.textFields.stream().flatMap(field -> Stream.of(
                refusals(route, field, REFUSED, field),
                MULTI_LINE.contains(field) ? Stream.<BodyCase>empty() : refusals(route, field, LINE_BREAKS, field),
                refusals(route, field, NOT_UTF8, null)).flatMap(cases -> cases));
    }

    private static Stream<BodyCase> refusals(BodyRoute route, String field, List<Sample> samples, String named) {
        return samples.stream().map(sample -> new BodyCase(route, sample.name() + " in " + field,
                MediaType.APPLICATION_JSON, valid -> MalformedBodies.splice(valid, field, sample.bytes()), 400, named));
    }

    private static Sample written(String name, String inJson) {
        return new Sample(name, MalformedBodies.utf8(inJson));
    }

    private static Sample hex(String name, String hex) {
        return new Sample(name, HexFormat.of().parseHex(hex));
    }
}
