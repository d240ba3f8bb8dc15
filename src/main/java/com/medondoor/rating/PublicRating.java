package com.medondoor.rating;

import java.time.Instant;
import java.util.UUID;

/** A rating as anyone signed in may see it on a provider's page: no booking, no patient. */
public record PublicRating(UUID id, int stars, String review, Instant createdAt) {

    static PublicRating of(RatingView rating) {
        return new PublicRating(rating.id(), rating.stars(), rating.review(), rating.createdAt());
    }
}
