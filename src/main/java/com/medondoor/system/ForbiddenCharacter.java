package com.medondoor.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding a character its field refuses (see {@link TextDeserializer}). Jackson adds the
 * path of the field as the exception travels out of the record being read, so the problem can name it.
 */
class ForbiddenCharacter extends MismatchedInputException {

    private final String reason;

    ForbiddenCharacter(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** What is wrong, in words fit for a client: no class, no location, no value. */
    String reason() {
        return reason;
    }
}
