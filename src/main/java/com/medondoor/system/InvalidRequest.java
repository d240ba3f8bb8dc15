package com.medondoor.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request that cannot be processed as sent: 400, with the fields that failed as {@code errors}. */
public class InvalidRequest extends DomainProblem {

    public InvalidRequest(String detail, List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        if (!errors.isEmpty()) {
            getBody().setProperty("errors", List.copyOf(errors));
        }
    }

    public static InvalidRequest of(String field, String message) {
        return of(List.of(new FieldProblem(field, message)));
    }

    /** A 400 naming each of these fields, its detail listing them as {@code field: message; …}. */
    public static InvalidRequest of(List<FieldProblem> problems) {
        String detail = problems.stream().map(problem -> problem.field() + ": " + problem.message())
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request.");
        return new InvalidRequest(detail, problems);
    }

    /** One failing field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
