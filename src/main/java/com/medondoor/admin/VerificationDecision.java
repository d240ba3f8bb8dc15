package com.medondoor.admin;

import com.medondoor.system.MultiLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an administrator approves, rejects, suspends or reinstates a provider: recorded in the audit log. */
record VerificationDecision(@MultiLine @NotBlank @Size(max = 1000) String reason) {
}
