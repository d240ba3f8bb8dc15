package com.medondoor.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the client can act on: Spring's {@link ErrorResponseException}, whose {@code ProblemDetail}
 * carries this service's {@code type} URI ({@code https://medondoor.app/problems/<slug>}). A subclass adds
 * members with {@code getBody().setProperty(…)} and headers with {@code getHeaders()}; {@link Problems}
 * passes such a problem to the client as it is.
 */
public abstract class DomainProblem extends ErrorResponseException {

    protected DomainProblem(HttpStatus status, String slug, String title, String detail) {
        super(status, Problems.detail(status, slug, title, detail), null);
    }

    /**
     * No stack trace: these are expected answers, thrown in numbers (every claim that loses a race is one)
     * and never logged, and a reactive stack is deep enough to make filling it in a cost.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
