package com.medondoor.auth;

import com.medondoor.account.Role;
import com.medondoor.rating.RatingService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Turns a user into what the API shows: a provider's with its rating summary. */
@Component
class UserViews {

    private final RatingService ratings;

    UserViews(RatingService ratings) {
        this.ratings = ratings;
    }

    Mono<UserView> of(User user) {
        if (user.role() != Role.PROVIDER) {
            return Mono.just(UserView.of(user, null));
        }
        return ratings.summaryOf(user.id()).map(summary -> UserView.of(user, summary));
    }
}
