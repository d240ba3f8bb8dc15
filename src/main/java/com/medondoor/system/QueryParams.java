package com.medondoor.system;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.web.reactive.function.server.ServerRequest;

/** Optional query parameters of list routes, each refused with a 400 problem naming it when malformed. */
public final class QueryParams {

    private QueryParams() {
    }

    /** One of the enum's names, exactly; null when the parameter is absent. */
    public static <E extends Enum<E>> E oneOf(ServerRequest request, String name, Class<E> values) {
        return request.queryParam(name).map(value -> Arrays.stream(values.getEnumConstants())
                        .filter(constant -> constant.name().equals(value)).findFirst()
                        .orElseThrow(() -> InvalidRequest.of(name, "must be one of " + Arrays.stream(values.getEnumConstants())
                                .map(Enum::name).collect(Collectors.joining(", ")))))
                .orElse(null);
    }

    /** An ISO 8601 duration such as {@code PT30M}, from zero to {@code maxDays} days; null when absent. */
    public static Duration duration(ServerRequest request, String name, int maxDays) {
        return request.queryParam(name).map(value -> {
            String problem = "must be an ISO 8601 duration such as PT30M, from PT0S to P" + maxDays + "D";
            try {
                Duration duration = Duration.parse(value);
                if (duration.isNegative() || duration.compareTo(Duration.ofDays(maxDays)) > 0) {
                    throw InvalidRequest.of(name, problem);
                }
                return duration;
            }
            catch (DateTimeParseException e) {
                throw InvalidRequest.of(name, problem);
            }
        }).orElse(null);
    }
}
