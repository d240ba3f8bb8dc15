package com.medondoor.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code POST /api/jobs/{id}/en-route}: in how many minutes the provider expects to arrive, if they say. */
record SetOffRequest(@Min(1) @Max(720) Integer etaMinutes) {

    static final SetOffRequest NO_ESTIMATE = new SetOffRequest(null);
}
