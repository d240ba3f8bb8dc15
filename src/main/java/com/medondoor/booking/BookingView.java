package com.medondoor.booking;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.medondoor.account.ServiceType;
import io.r2dbc.spi.Readable;

/**
 * A booking as the API shows it; {@code provider} and {@code rating} are null until they exist.
 * <p>
 * Its private details are the patient ({@code patient}: who they are), where they live ({@code address}),
 * how to reach them ({@code phone}) and what they wrote for the provider who comes ({@code notes}). A
 * viewer who may not have them (see {@code job.PrivateDetails}) gets {@link #withoutPrivateDetails()}:
 * the service, the area, the need and the time, which is what a provider decides by. A booking made
 * before addresses were structured has its address as one line and no area, phone or need. The words a
 * patient or provider gave with the latest change ({@code statusNote}) are private too.
 * <p>
 * When: {@code windowStart} and {@code windowEnd} (both null: as soon as possible) in the visit's
 * {@code timeZone}; unclaimed by {@code expiresAt}, the booking expires. {@code statusReason} says why
 * the latest change was made, where it was not the usual next step (such as {@code RELEASED}).
 */
public record BookingView(UUID id, ServiceType serviceType, BookingStatus status, Area area, String need,
        Address address, String phone, String notes, Instant windowStart, Instant windowEnd, String timeZone,
        Instant expiresAt, Instant expectedArrival, String statusReason, String statusNote, Instant createdAt,
        Instant updatedAt, Party patient, Party provider, Rating rating) {

    /** The window's start under the name it had before windows: kept for the clients of that time. */
    @JsonProperty("scheduledFor")
    public Instant scheduledFor() {
        return windowStart;
    }

    /** Someone taking part in a booking, by name only. */
    public record Party(UUID id, String name) {
    }

    public record Rating(int stars, String review, Instant createdAt) {
    }

    /** Where a visit is, roughly: what a provider may know before taking it. */
    public record Area(String district, String city) {
    }

    /**
     * Where a visit is, exactly. {@code line} is the whole address on one line, for showing it: the
     * parts joined, or a legacy booking's only line (its parts are null then).
     */
    public record Address(String street, String flat, String postcode, String city, String district,
            String country, String line) {

        static Address of(String street, String flat, String postcode, String city, String district, String country) {
            String line = Stream.of(street, flat, postcode + " " + city, district, country)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return new Address(street, flat, postcode, city, district, country, line);
        }

        static Address legacy(String line) {
            return new Address(null, null, null, null, null, null, line);
        }
    }

    /** The booking as a viewer without the right to its private details sees it. */
    public BookingView withoutPrivateDetails() {
        return new BookingView(id, serviceType, status, area, need, null, null, null, windowStart, windowEnd,
                timeZone, expiresAt, expectedArrival, statusReason, null, createdAt, updatedAt, null, provider, rating);
    }

    /** Maps a row of {@code booking_views}, or of a statement selecting the same columns. */
    public static BookingView from(Readable row) {
        UUID providerId = row.get("provider_id", UUID.class);
        Short stars = row.get("rating_stars", Short.class);
        String street = row.get("street", String.class);
        String city = row.get("city", String.class);
        String district = row.get("district", String.class);
        return new BookingView(
                row.get("id", UUID.class),
                ServiceType.valueOf(row.get("service_type", String.class)),
                BookingStatus.valueOf(row.get("status", String.class)),
                street == null ? null : new Area(district, city),
                row.get("need", String.class),
                street == null ? Address.legacy(row.get("address", String.class))
                        : Address.of(street, row.get("flat", String.class), row.get("postcode", String.class), city,
                                district, row.get("country", String.class)),
                row.get("phone", String.class),
                row.get("notes", String.class),
                row.get("scheduled_for", Instant.class),
                row.get("window_end", Instant.class),
                row.get("time_zone", String.class),
                row.get("expires_at", Instant.class),
                row.get("expected_arrival", Instant.class),
                row.get("status_reason", String.class),
                row.get("status_note", String.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class),
                new Party(row.get("patient_id", UUID.class), row.get("patient_name", String.class)),
                providerId == null ? null : new Party(providerId, row.get("provider_name", String.class)),
                stars == null ? null : new Rating(stars, row.get("rating_review", String.class),
                        row.get("rating_created_at", Instant.class)));
    }
}
