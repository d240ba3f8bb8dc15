package com.medondoor.booking;

import java.util.Optional;

import com.medondoor.system.InvalidRequest;
import com.medondoor.system.MultiLine;
import jakarta.validation.constraints.Size;

/**
 * Why someone gives a visit back or cancels it, in their own words: shown to the patient and to the
 * provider concerned, and to administrators. A blank reason is none.
 */
public record ReasonRequest(@MultiLine @Size(max = 500) String reason) {

    public static final ReasonRequest NONE = new ReasonRequest(null);

    public Optional<String> given() {
        return reason == null || reason.isBlank() ? Optional.empty() : Optional.of(reason.strip());
    }

    /** The reason, which this request must give. */
    public String required() {
        return given().orElseThrow(() -> InvalidRequest.of("reason", "must be given"));
    }
}
