package com.medondoor.system;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A request that cannot be processed as sent: 400 with the fields that failed. */
public class InvalidRequest extends ApiException {

    private final List<FieldProblem> errors;

    public InvalidRequest(String detail, List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(field + ": " + message, List.of(new FieldProblem(field, message)));
    }

    @Override
    public Map<String, Object> extensions() {
        return errors.isEmpty() ? Map.of() : Map.of("errors", errors);
    }

    /** One failing field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
