package com.medondoor.rating;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

final class RatingProblems {

    private RatingProblems() {
    }

    static final class AlreadyRated extends DomainProblem {
        AlreadyRated() {
            super(HttpStatus.CONFLICT, "already-rated", "Already rated", "This booking has already been rated.");
        }
    }

    static final class ProviderNotFound extends DomainProblem {
        ProviderNotFound() {
            super(HttpStatus.NOT_FOUND, "provider-not-found", "Provider not found", "No such provider.");
        }
    }
}
