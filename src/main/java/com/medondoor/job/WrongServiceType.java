package com.medondoor.job;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

final class WrongServiceType extends DomainProblem {
    WrongServiceType() {
        super(HttpStatus.FORBIDDEN, "wrong-service-type", "Wrong service type",
                "This job is for another service type than the one you provide.");
    }
}
