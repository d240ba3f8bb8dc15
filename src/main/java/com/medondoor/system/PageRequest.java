package com.medondoor.system;

import java.util.Optional;

import org.springframework.web.reactive.function.server.ServerRequest;

/** The {@code page} (from 0) and {@code size} (1 to 100) query parameters of a list route. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest from(ServerRequest request) {
        int page = intParam(request, "page", 0);
        int size = intParam(request, "size", DEFAULT_SIZE);
        if (page < 0) {
            throw InvalidRequest.of("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidRequest.of("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    private static int intParam(ServerRequest request, String name, int fallback) {
        Optional<String> value = request.queryParam(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        }
        catch (NumberFormatException e) {
            throw InvalidRequest.of(name, "must be a whole number");
        }
    }
}
