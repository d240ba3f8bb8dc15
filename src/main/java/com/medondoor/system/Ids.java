package com.medondoor.system;

import java.util.UUID;

import org.springframework.web.reactive.function.server.ServerRequest;

/** Path ids are UUIDs; anything else is a client error, not a lookup. */
public final class Ids {

    private Ids() {
    }

    public static UUID pathId(ServerRequest request) {
        String raw = request.pathVariable("id");
        try {
            UUID id = UUID.fromString(raw);
            if (!id.toString().equalsIgnoreCase(raw)) {
                throw new IllegalArgumentException(raw);
            }
            return id;
        }
        catch (IllegalArgumentException e) {
            throw InvalidRequest.of("id", "must be a UUID");
        }
    }
}
