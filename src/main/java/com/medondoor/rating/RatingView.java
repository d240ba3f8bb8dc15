package com.medondoor.rating;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

record RatingView(UUID id, UUID bookingId, UUID providerId, int stars, String review, Instant createdAt) {

    static RatingView from(Readable row) {
        return new RatingView(
                row.get("id", UUID.class),
                row.get("booking_id", UUID.class),
                row.get("provider_id", UUID.class),
                row.get("stars", Short.class),
                row.get("review", String.class),
                row.get("created_at", Instant.class));
    }
}
