package com.medondoor.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.io.InputDecorator;

/**
 * Refuses JSON bytes that are not well-formed UTF-8 before Jackson reads them. Jackson's own decoder
 * accepts overlong forms (C0 AF reads as '/') and sequences past U+10FFFF, which would slip characters past
 * any check made on the bytes; the JDK's decoder refuses every ill-formed sequence. JSON between systems
 * must be UTF-8 (RFC 8259); a body declared in another charset is transcoded to UTF-8 before it gets here.
 */
class StrictUtf8 extends InputDecorator {

    @Override
    public InputStream decorate(IOContext context, InputStream input) {
        byte[] bytes;
        try {
            // Request bodies are already in memory, and bounded (spring.codec.max-in-memory-size).
            bytes = input.readAllBytes();
        }
        catch (IOException e) {
            throw JacksonIOException.construct(e);
        }
        check(bytes, 0, bytes.length);
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) {
        check(bytes, offset, length);
        return null;
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader;
    }

    private static void check(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, offset, length));
        }
        catch (CharacterCodingException e) {
            throw new Malformed();
        }
    }

    /** The bytes are not UTF-8: no field to name, the body as a whole cannot be read. */
    static final class Malformed extends StreamReadException {

        Malformed() {
            super(null, "The input is not valid UTF-8");
        }
    }
}
