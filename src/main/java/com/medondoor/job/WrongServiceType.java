package com.medondoor.job;

import com.medondoor.system.ApiException;
import org.springframework.http.HttpStatus;

final class WrongServiceType extends ApiException {
    WrongServiceType() {
        super(HttpStatus.FORBIDDEN, "wrong-service-type", "Wrong service type",
                "This job is for another service type than the one you provide.");
    }
}
