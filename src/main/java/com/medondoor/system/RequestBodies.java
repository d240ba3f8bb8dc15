package com.medondoor.system;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/** Reads a JSON request body into a record and validates it: the one way every handler does so. */
@Component
public class RequestBodies {

    private final Validator validator;

    RequestBodies(Validator validator) {
        this.validator = validator;
    }

    public <T> Mono<T> read(ServerRequest request, Class<T> type) {
        return request.bodyToMono(type)
                .switchIfEmpty(Mono.error(() -> new InvalidRequest("A JSON request body is required.", List.of())))
                .doOnNext(this::validate);
    }

    /** As {@link #read}, but a request without a body is {@code absent}: for a body whose every field is optional. */
    public <T> Mono<T> readOrElse(ServerRequest request, Class<T> type, T absent) {
        return request.bodyToMono(type).doOnNext(this::validate).defaultIfEmpty(absent);
    }

    private void validate(Object body) {
        Errors errors = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, errors);
        if (errors.hasFieldErrors()) {
            List<InvalidRequest.FieldProblem> problems = errors.getFieldErrors().stream()
                    .map(error -> new InvalidRequest.FieldProblem(error.getField(), error.getDefaultMessage()))
                    .sorted(Comparator.comparing(InvalidRequest.FieldProblem::field))
                    .toList();
            throw InvalidRequest.of(problems);
        }
    }
}
