package com.medondoor.rating;

/** A provider's average stars (null while unrated, else rounded to two decimals) and count of ratings. */
public record RatingSummary(Double average, long count) {

    /**
     * A subquery of one row, the summary of the provider whose id is in {@code provider}, as columns
     * {@code average} and {@code count}: for a lateral join wherever a summary is read.
     */
    public static String of(String provider) {
        return "(SELECT round(avg(stars), 2)::float8 AS average, count(*) AS count FROM ratings WHERE provider_id = "
                + provider + ")";
    }
}
