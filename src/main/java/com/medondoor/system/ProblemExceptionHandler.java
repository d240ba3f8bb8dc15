package com.medondoor.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure into a problem body. Ordered before Boot's default error handler so that no
 * HTML page, no stack trace and no framework message ever reaches a client.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter problems;
    private final Duration retryAfter;

    ProblemExceptionHandler(ProblemWriter problems,
            @Value("${medondoor.database.retry-after:3s}") Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof ApiException problem) {
            return problems.write(exchange, problem);
        }
        if (failure instanceof ServerWebInputException input) {
            return problems.write(exchange, unreadable(input));
        }
        if (hasCause(failure, DataBufferLimitException.class)) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "Payload too large", "The request body is larger than this service accepts.", Map.of());
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            exchange.getResponse().getHeaders().addAll(status.getHeaders());
            return problems.write(exchange, code, slug(code), code.getReasonPhrase(), describe(code), Map.of());
        }
        if (failure instanceof AuthenticationException) {
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "A valid access token is required.", Map.of());
        }
        if (failure instanceof AccessDeniedException) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Your role does not allow this request.", Map.of());
        }
        if (DatabaseUnavailable.isCause(failure) || failure instanceof TimeoutException) {
            return unavailable(exchange, failure);
        }
        // The path holds ids only, never personal data.
        try (MDC.MDCCloseable requestId = MDC.putCloseable(RequestIds.MDC_KEY, exchange.getRequest().getId())) {
            log.error("Unhandled failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure);
        }
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; quote the request id when reporting it.", Map.of());
    }

    /** The database is unreachable, or the request ran out of time waiting for it (see RequestDeadline). */
    private Mono<Void> unavailable(ServerWebExchange exchange, Throwable failure) {
        // Expected in numbers during an outage: one line each, no stack trace.
        try (MDC.MDCCloseable requestId = MDC.putCloseable(RequestIds.MDC_KEY, exchange.getRequest().getId())) {
            log.warn("Unavailable on {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        String detail = failure instanceof TimeoutException
                ? "The service could not answer in time; retry shortly."
                : "The service cannot reach its database right now; retry shortly.";
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                detail, Map.of());
    }

    /**
     * A body that could not be read: not UTF-8, malformed JSON, a wrong type, an unknown enum value or text
     * holding a character its field refuses.
     */
    private static InvalidRequest unreadable(ServerWebInputException input) {
        JacksonException jackson = findCause(input, JacksonException.class);
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

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replace(' ', '-');
    }

    private static String describe(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource exists at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not support the request method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This resource cannot be represented in the requested media type.";
            default -> status.getReasonPhrase();
        };
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        return findCause(failure, type) != null;
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
