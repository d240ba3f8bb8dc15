package com.medondoor.booking;

import java.time.Instant;

import com.medondoor.account.ServiceType;
import com.medondoor.system.MultiLine;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record CreateBookingRequest(
        @NotNull ServiceType serviceType,
        @NotBlank @Size(max = 500) String address,
        @Future Instant scheduledFor,
        @MultiLine @Size(max = 2000) String notes) {
}
