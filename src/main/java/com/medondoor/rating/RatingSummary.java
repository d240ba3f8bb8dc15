package com.medondoor.rating;

/** A provider's average stars (null while unrated, else rounded to two decimals) and count of ratings. */
public record RatingSummary(Double average, long count) {
}
