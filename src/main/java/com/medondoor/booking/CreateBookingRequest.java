package com.medondoor.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.medondoor.account.ServiceType;
import com.medondoor.system.InvalidRequest;
import com.medondoor.system.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A patient's booking: where (the address, in parts), how to reach them ({@code phone}), what they need
 * in a line that providers read before taking the visit ({@code need}), and private {@code notes} for
 * the one who takes it. The phone is read with the address's country as the one it is dialled in.
 * <p>
 * When: as soon as possible (no window), or within a window from {@code windowStart} to
 * {@code windowEnd}, whose times are shown in {@code timeZone} (an IANA name; UTC if none is given).
 * {@code scheduledFor}, the field of the time before windows, is a window's start; a start alone opens a
 * window of the default length ({@link BookingProperties#defaultWindow()}).
 */
@ContactPhone
record CreateBookingRequest(
        @NotNull ServiceType serviceType,
        @NotNull @Valid Address address,
        @NotBlank String phone,
        @NotBlank @Size(max = 200) String need,
        Instant scheduledFor,
        Instant windowStart,
        Instant windowEnd,
        String timeZone,
        @MultiLine @Size(max = 2000) String notes) {

    /** How far in the past a window may start: the time the patient took to send the form, and clock skew. */
    static final Duration STARTED_GRACE = Duration.ofMinutes(5);

    /**
     * Some letter or digit, in any script: a street of only symbols ("🏠", "---") names no place. A blank
     * value passes here, as {@code @NotBlank} names it already.
     */
    static final String SOME_LETTER_OR_DIGIT = "(?s)[\\s\\p{Z}]*|.*[\\p{L}\\p{N}].*";
    /** Some letter, in any script: a city or district is a name. */
    static final String SOME_LETTER = "(?s)[\\s\\p{Z}]*|.*\\p{L}.*";

    /** Where the visit is; {@code flat} (a flat, floor or door) is optional. */
    record Address(
            @NotBlank @Size(max = 200) @Pattern(regexp = SOME_LETTER_OR_DIGIT, message = "must contain letters or digits") String street,
            @Size(max = 50) String flat,
            @NotNull @Pattern(regexp = "[\\p{Alnum}](?:[\\p{Alnum} -]{0,14}[\\p{Alnum}])?",
                    message = "must be 1 to 16 letters, digits, spaces or hyphens") String postcode,
            @NotBlank @Size(max = 100) @Pattern(regexp = SOME_LETTER, message = "must contain letters") String city,
            @NotBlank @Size(max = 100) @Pattern(regexp = SOME_LETTER, message = "must contain letters") String district,
            @NotNull @IsoCountry String country) {
    }

    /**
     * The request as it is stored: text stripped, a blank flat as none, the phone in E.164, the window
     * whole (its start as {@code windowStart}, its end given or by default) and its zone named. Idempotent
     * retries are compared in this form, so that the same request spaced differently is the same request.
     * A window that ended, starts too far ahead or lasts too long is refused.
     */
    CreateBookingRequest normalized(BookingProperties rules, Instant now) {
        String flat = address.flat() == null || address.flat().isBlank() ? null : address.flat().strip();
        Address stripped = new Address(address.street().strip(), flat, address.postcode().strip(),
                address.city().strip(), address.district().strip(), address.country());
        String e164 = PhoneNumbers.e164(phone, address.country())
                .orElseThrow(() -> InvalidRequest.of("phone", ContactPhone.MESSAGE));
        Instant start = start();
        Instant end = windowEnd == null && start != null ? start.plus(rules.defaultWindow()) : windowEnd;
        if (start != null) {
            checkWindow(windowStart != null ? "windowStart" : "scheduledFor", start, end, rules, now);
        }
        return new CreateBookingRequest(serviceType, stripped, e164, need.strip(), null, start, end, zone(), notes);
    }

    private Instant start() {
        if (scheduledFor != null && windowStart != null) {
            throw InvalidRequest.of("scheduledFor", "is the older name of windowStart: send only windowStart");
        }
        if (windowEnd != null && windowStart == null && scheduledFor == null) {
            throw InvalidRequest.of("windowStart", "must be given with windowEnd");
        }
        return windowStart != null ? windowStart : scheduledFor;
    }

    /** @param field the start's name as the request gave it */
    private static void checkWindow(String field, Instant start, Instant end, BookingProperties rules, Instant now) {
        if (!end.isAfter(start)) {
            throw InvalidRequest.of("windowEnd", "must be after the window's start");
        }
        if (Duration.between(start, end).compareTo(rules.longestWindow()) > 0) {
            throw InvalidRequest.of("windowEnd", "must be at most " + rules.longestWindow().toMinutes() + " minutes after the window's start");
        }
        if (start.isBefore(now.minus(STARTED_GRACE))) {
            throw InvalidRequest.of(field, "is in the past; book as soon as possible instead, or a later window");
        }
        if (!end.isAfter(now)) {
            throw InvalidRequest.of("windowEnd", "is in the past; book as soon as possible instead, or a later window");
        }
        if (start.isAfter(now.plus(rules.furthestAhead()))) {
            throw InvalidRequest.of(field, "must be at most " + rules.furthestAhead().toDays() + " days ahead");
        }
    }

    /** The zone given, by its IANA name, or UTC. */
    private String zone() {
        if (timeZone == null) {
            return "UTC";
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw InvalidRequest.of("timeZone", "must be an IANA time zone name, such as Europe/Berlin");
        }
        return timeZone;
    }
}
