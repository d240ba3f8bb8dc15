package com.medondoor.job;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/jobs/duty}: going on duty ({@code true}) or off it ({@code false}). */
record DutyRequest(@NotNull Boolean onDuty) {
}
