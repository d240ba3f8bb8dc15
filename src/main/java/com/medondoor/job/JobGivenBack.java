package com.medondoor.job;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** A provider claims a job they gave back, or had taken from them: it is for another provider now. */
final class JobGivenBack extends DomainProblem {

    JobGivenBack() {
        super(HttpStatus.CONFLICT, "job-given-back", "Job given back",
                "This visit was given back from your hands; it is for another provider now.");
    }
}
