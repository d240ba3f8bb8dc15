package com.medondoor.rating;

import java.util.List;

import com.medondoor.system.Page;

/** A provider's rating summary with one page of its ratings, newest first. */
record ProviderRatings(Double average, long count, List<PublicRating> items, int page, int size, long total) {

    static ProviderRatings of(RatingSummary summary, Page<PublicRating> page) {
        return new ProviderRatings(summary.average(), summary.count(), page.items(), page.page(), page.size(),
                page.total());
    }
}
