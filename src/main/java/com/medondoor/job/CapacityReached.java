package com.medondoor.job;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** A provider already holds as many visits as they may at once, and tried to claim one more. */
final class CapacityReached extends DomainProblem {

    CapacityReached(int capacity) {
        super(HttpStatus.CONFLICT, "capacity-reached", "Capacity reached",
                "You already hold " + capacity + (capacity == 1 ? " visit" : " visits")
                        + ", as many as you may at once: finish or give one back to take another.");
        getBody().setProperty("capacity", capacity);
    }
}
