package com.medondoor.system.input;

import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of text a field must refuse, of bytes that are not UTF-8, and the JSON escaping that
 * carries either into a body unchanged (a Java string sent as UTF-8 would turn a lone surrogate into '?').
 */
final class HostileStrings {

    private HostileStrings() {
    }

    /** Ordinary text with one character or pair its field refuses somewhere in it. */
    static Arbitrary<String> withRefused(boolean multiLine) {
        return Combinators.combine(ordinary(), refused(multiLine), ordinary()).as((a, refused, b) -> a + refused + b);
    }

    /**
     * A control character (C0, DEL or C1; line breaks and tabs only where a field holds one line), a
     * noncharacter, a lone surrogate of either kind or a pair in reverse order.
     */
    static Arbitrary<String> refused(boolean multiLine) {
        Arbitrary<Integer> c0 = Arbitraries.integers().between(0, 0x1F)
                .filter(c -> !multiLine || (c != '\n' && c != '\r' && c != '\t'));
        Arbitrary<Integer> delOrC1 = Arbitraries.integers().between(0x7F, 0x9F);
        Arbitrary<Integer> noncharacter = Arbitraries.oneOf(Arbitraries.integers().between(0xFDD0, 0xFDEF),
                Combinators.combine(Arbitraries.integers().between(0, 16), Arbitraries.of(0xFFFE, 0xFFFF))
                        .as((plane, last) -> plane * 0x10000 + last));
        Arbitrary<Character> high = Arbitraries.chars().range(Character.MIN_HIGH_SURROGATE, Character.MAX_HIGH_SURROGATE);
        Arbitrary<Character> low = Arbitraries.chars().range(Character.MIN_LOW_SURROGATE, Character.MAX_LOW_SURROGATE);
        return Arbitraries.oneOf(
                Arbitraries.oneOf(c0, delOrC1, noncharacter).map(Character::toString),
                high.map(String::valueOf), low.map(String::valueOf),
                Combinators.combine(low, high).as((l, h) -> "" + l + h));
    }

    /** Text any field takes: printable characters from all over the first plane, and emoji. */
    static Arbitrary<String> ordinary() {
        Arbitrary<String> printable = Arbitraries.strings().ofMaxLength(12)
                .withCharRange(' ', '~').withCharRange('\u00A0', '\uD7FF')
                .withCharRange('\uE000', '\uFDCF').withCharRange('\uFDF0', '\uFFFD');
        Arbitrary<String> emoji = Arbitraries.of("😀", "🏠", "\uD83E\uDDD1\u200D\u2695\uFE0F");
        return Arbitraries.oneOf(printable, Combinators.combine(printable, emoji, printable).as((a, e, b) -> a + e + b));
    }

    /** One sequence that is not UTF-8, to be followed by an ASCII byte. */
    static Arbitrary<byte[]> notUtf8() {
        Arbitrary<Integer> next = Arbitraries.integers().between(0x80, 0xBF);
        return Arbitraries.oneOf(
                // Overlong: a character encoded in more bytes than it needs.
                Combinators.combine(Arbitraries.of(0xC0, 0xC1), next).as(HostileStrings::bytes),
                Combinators.combine(Arbitraries.integers().between(0x80, 0x9F), next).as((b, c) -> bytes(0xE0, b, c)),
                Combinators.combine(Arbitraries.integers().between(0x80, 0x8F), next, next)
                        .as((b, c, d) -> bytes(0xF0, b, c, d)),
                // An encoded surrogate, and code points past U+10FFFF.
                Combinators.combine(Arbitraries.integers().between(0xA0, 0xBF), next).as((b, c) -> bytes(0xED, b, c)),
                Combinators.combine(Arbitraries.integers().between(0x90, 0xBF), next, next)
                        .as((b, c, d) -> bytes(0xF4, b, c, d)),
                Combinators.combine(Arbitraries.integers().between(0xF5, 0xF7), next, next, next)
                        .as(HostileStrings::bytes),
                // Bytes UTF-8 never uses, a continuation byte alone, a lead byte short of its continuation bytes.
                Arbitraries.integers().between(0xF8, 0xFF).map(HostileStrings::bytes),
                next.map(HostileStrings::bytes),
                Arbitraries.integers().between(0xC2, 0xDF).map(HostileStrings::bytes),
                Combinators.combine(Arbitraries.integers().between(0xE1, 0xEF), next).as(HostileStrings::bytes),
                Combinators.combine(Arbitraries.integers().between(0xF1, 0xF3), next, next).as(HostileStrings::bytes));
    }

    /**
     * The text as it goes between the quotes of a JSON string: quotes, backslashes, C0 controls and lone
     * surrogates escaped, and, if {@code escapeAll}, every other character outside printable ASCII as well.
     */
    static String inJson(String text, boolean escapeAll) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            }
            else if (c < 0x20 || (escapeAll && c > 0x7E) || isLoneSurrogate(text, i)) {
                json.append("\\u%04x".formatted((int) c));
            }
            else {
                json.append(c);
            }
        }
        return json.toString();
    }

    /** The text with every character outside printable ASCII shown as its code point, for failure messages. */
    static String visible(String text) {
        return text.codePoints().mapToObj(c -> c >= 0x20 && c < 0x7F ? Character.toString(c) : "<U+%04X>".formatted(c))
                .collect(Collectors.joining());
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
