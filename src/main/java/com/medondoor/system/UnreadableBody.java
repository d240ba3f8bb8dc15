package com.medondoor.system;

import java.util.List;

import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;

/**
 * A body that could not be read, as the 400 the client can act on: not UTF-8, malformed JSON, a wrong
 * type, an unknown enum value or text holding a character its field refuses. Where Jackson knows the
 * field, {@code errors} names it by its path ({@code patient.name}, {@code items[2]}).
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static InvalidRequest problem(ServerWebInputException input) {
        JacksonException jackson = Problems.findCause(input, JacksonException.class);
        if (jackson instanceof ForbiddenCharacter forbidden) {
            return InvalidRequest.of(fieldPath(jackson), forbidden.reason());
        }
        if (jackson instanceof StrictUtf8.Malformed) {
            return new InvalidRequest("The request body is not valid UTF-8.", List.of());
        }
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String field = fieldPath(jackson);
            return new InvalidRequest(field + ": has a value of the wrong type or format",
                    List.of(new InvalidRequest.FieldProblem(field, "has a value of the wrong type or format")));
        }
        if (jackson != null) {
            return new InvalidRequest("The request body is not valid JSON.", List.of());
        }
        return new InvalidRequest(input.getReason() == null ? "The request could not be read." : input.getReason(),
                List.of());
    }

    private static String fieldPath(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
