package com.medondoor.system;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * What any failure means to the client, as Spring's {@link ErrorResponse}: status, headers and a
 * {@link ProblemDetail} whose {@code type} is one of this service's. The one place that decides it, for
 * the exception handler, the security chain's 401 and 403 and the firewall's refusals alike; the failures
 * that are the service's own (an unreachable database, a bug) are logged here, once.
 */
@Component
class Problems {

    static final String TYPE_BASE = "https://medondoor.app/problems/";

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final Duration retryAfter;

    Problems(@Value("${medondoor.database.retry-after:3s}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** A problem of this service: its {@code type} is {@link #TYPE_BASE} followed by the slug. */
    static ProblemDetail detail(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    ErrorResponse of(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof ErrorResponse problem && isOurs(problem)) {
            return problem;
        }
        if (failure instanceof ServerWebInputException input) {
            return UnreadableBody.problem(input);
        }
        if (findCause(failure, DataBufferLimitException.class) != null) {
            return problem(failure, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                    "The request body is larger than this service accepts.").build();
        }
        if (failure instanceof ErrorResponse framework) {
            // Spring's own (ResponseStatusException and its kin: 404, 405, 415…): its status and headers, our type.
            HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
            return problem(failure, status, status.getReasonPhrase().toLowerCase().replace(' ', '-'),
                    status.getReasonPhrase(), describe(status))
                    .headers(headers -> headers.putAll(framework.getHeaders())).build();
        }
        if (failure instanceof AuthenticationException) {
            return problem(failure, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "A valid access token is required.").header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (failure instanceof AccessDeniedException) {
            return problem(failure, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Your role does not allow this request.").build();
        }
        if (failure instanceof ServerExchangeRejectedException) {
            return problem(failure, HttpStatus.BAD_REQUEST, "rejected-url", "Bad request",
                    "The request URL contains characters this service does not accept.").build();
        }
        if (DatabaseUnavailable.isCause(failure) || failure instanceof TimeoutException) {
            return unavailable(exchange, failure);
        }
        // The path holds ids only, never personal data.
        try (MDC.MDCCloseable requestId = MDC.putCloseable(RequestIds.MDC_KEY, exchange.getRequest().getId())) {
            log.error("Unhandled failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    failure);
        }
        return problem(failure, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; quote the request id when reporting it.").build();
    }

    /** The database is unreachable, or the request ran out of time waiting for it (see RequestDeadline). */
    private ErrorResponse unavailable(ServerWebExchange exchange, Throwable failure) {
        // Expected in numbers during an outage: one line each, no stack trace.
        try (MDC.MDCCloseable requestId = MDC.putCloseable(RequestIds.MDC_KEY, exchange.getRequest().getId())) {
            log.warn("Unavailable on {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
        }
        String detail = failure instanceof TimeoutException
                ? "The service could not answer in time; retry shortly."
                : "The service cannot reach its database right now; retry shortly.";
        return problem(failure, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds())).build();
    }

    private static ErrorResponse.Builder problem(Throwable failure, HttpStatus status, String slug, String title,
            String detail) {
        return ErrorResponse.builder(failure, detail(status, slug, title, detail));
    }

    private static boolean isOurs(ErrorResponse problem) {
        URI type = problem.getBody().getType();
        return type != null && type.toString().startsWith(TYPE_BASE);
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

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
