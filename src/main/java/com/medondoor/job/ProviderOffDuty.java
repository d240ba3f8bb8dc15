package com.medondoor.job;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** A provider who is off duty tried to claim a job. */
final class ProviderOffDuty extends DomainProblem {

    ProviderOffDuty() {
        super(HttpStatus.CONFLICT, "provider-off-duty", "Provider off duty",
                "You are off duty: go on duty (PUT /api/jobs/duty) to take jobs.");
    }
}
