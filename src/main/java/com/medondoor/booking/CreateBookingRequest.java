package com.medondoor.booking;

import java.time.Instant;

import com.medondoor.account.ServiceType;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A patient's booking: where (the address, in parts), how to reach them ({@code phone}), what they need
 * in a line that providers read before taking the visit ({@code need}), and private {@code notes} for
 * the one who takes it. The phone is read with the address's country as the one it is dialled in.
 */
@ContactPhone
record CreateBookingRequest(
        @NotNull ServiceType serviceType,
        @NotNull @Valid Address address,
        @NotBlank String phone,
        @NotBlank @Size(max = 200) String need,
        @Future Instant scheduledFor,
        @MultiLine @Size(max = 2000) String notes) {

    /** Where the visit is; {@code flat} (a flat, floor or door) is optional. */
    record Address(
            @NotBlank @Size(max = 200) String street,
            @Size(max = 50) String flat,
            @NotNull @Pattern(regexp = "[\\p{Alnum}](?:[\\p{Alnum} -]{0,14}[\\p{Alnum}])?",
                    message = "must be 1 to 16 letters, digits, spaces or hyphens") String postcode,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 100) String district,
            @NotNull @IsoCountry String country) {
    }

    /**
     * The request as it is stored: text stripped, a blank flat as none, the phone in E.164. Idempotent
     * retries are compared in this form, so that the same request spaced differently is the same request.
     */
    CreateBookingRequest normalized() {
        String flat = address.flat() == null || address.flat().isBlank() ? null : address.flat().strip();
        Address stripped = new Address(address.street().strip(), flat, address.postcode().strip(),
                address.city().strip(), address.district().strip(), address.country());
        String e164 = PhoneNumbers.e164(phone, address.country())
                .orElseThrow(() -> InvalidRequest.of("phone", ContactPhone.MESSAGE));
        return new CreateBookingRequest(serviceType, stripped, e164, need.strip(), scheduledFor, notes);
    }
}
