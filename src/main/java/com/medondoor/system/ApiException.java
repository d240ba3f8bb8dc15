package com.medondoor.system;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. Every subclass becomes an RFC 9457 problem body in
 * {@link ProblemExceptionHandler}, with {@code type} derived from {@link #slug()}.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;

    protected ApiException(HttpStatus status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem body, such as the fields that failed validation. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** Extra response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
