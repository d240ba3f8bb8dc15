package com.medondoor.system;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every JSON string of a request and refuses the characters no text field should hold: control
 * characters (C0, DEL and C1), noncharacters and unpaired surrogates. PostgreSQL cannot store a NUL (the
 * insert fails), and UTF-8 cannot encode an unpaired surrogate (the driver writes '?', and mangles a
 * non-ASCII character after a high one into bytes the insert fails on); the others are never text a person
 * typed. Line breaks and tabs are text only in a {@link MultiLine} field, and in a
 * string that is no field at all (a value in an untyped map or list), where nothing says it is one line.
 */
class TextDeserializer extends StringDeserializer {

    private final boolean multiLine;

    TextDeserializer() {
        this(true);
    }

    private TextDeserializer(boolean multiLine) {
        this.multiLine = multiLine;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        if (property == null) {
            return this;
        }
        boolean annotated = property.getAnnotation(MultiLine.class) != null;
        return annotated == multiLine ? this : new TextDeserializer(annotated);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text != null) {
            String problem = problem(text);
            if (problem != null) {
                throw new ForbiddenCharacter(parser, problem);
            }
        }
        return text;
    }

    /** What is wrong with the first character this field refuses, or null if there is none. */
    private String problem(String text) {
        for (int i = 0; i < text.length(); ) {
            // A lone surrogate comes back as itself; a well-formed pair as the one code point it encodes.
            int character = text.codePointAt(i);
            i += Character.charCount(character);
            if (Character.isISOControl(character) && !(multiLine && isLineBreakOrTab(character))) {
                return "contains a control character (U+%04X)".formatted(character);
            }
            if (Character.getType(character) == Character.SURROGATE || isNoncharacter(character)) {
                return "contains an invalid character (U+%04X)".formatted(character);
            }
        }
        return null;
    }

    private static boolean isLineBreakOrTab(int character) {
        return character == '\n' || character == '\r' || character == '\t';
    }

    /** U+FDD0 to U+FDEF and the last two code points of every plane, which Unicode keeps out of interchange. */
    private static boolean isNoncharacter(int character) {
        return (character >= 0xFDD0 && character <= 0xFDEF) || (character & 0xFFFE) == 0xFFFE;
    }
}
