package com.medondoor.rating;

import java.util.UUID;

import com.medondoor.booking.BookingProblems;
import com.medondoor.system.Page;
import com.medondoor.system.PageRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Ratings of completed visits, one per booking, and the summaries shown on providers' pages. */
@Service
public class RatingService {

    private final RatingRepository ratings;

    RatingService(RatingRepository ratings) {
        this.ratings = ratings;
    }

    /** The provider's rating summary; empty when no provider has this id. */
    public Mono<RatingSummary> summaryOf(UUID provider) {
        return ratings.summary(provider);
    }

    Mono<RatingView> rate(UUID booking, UUID patient, RateRequest request) {
        return ratings.insert(booking, patient, request)
                .switchIfEmpty(Mono.defer(() -> ratings.refusal(booking, patient)
                        .switchIfEmpty(Mono.error(BookingProblems.BookingNotFound::new))
                        .flatMap(refusal -> Mono.error(refusal.rated()
                                ? new RatingProblems.AlreadyRated()
                                : new BookingProblems.WrongStatus(refusal.status(),
                                        "Only a COMPLETED booking can be rated; this one is " + refusal.status() + ".")))));
    }

    Mono<ProviderRatings> ofProvider(UUID provider, PageRequest page) {
        return ratings.summary(provider)
                .switchIfEmpty(Mono.error(RatingProblems.ProviderNotFound::new))
                .flatMap(summary -> ratings.findByProvider(provider, page)
                        .map(PublicRating::of)
                        .collectList()
                        .map(items -> ProviderRatings.of(summary, Page.of(items, page, summary.count()))));
    }
}
