package com.medondoor.booking;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.ServiceType;
import io.r2dbc.spi.Readable;

/** A booking as the API shows it; {@code provider} and {@code rating} are null until they exist. */
public record BookingView(UUID id, ServiceType serviceType, BookingStatus status, String address, String notes,
        Instant scheduledFor, Instant createdAt, Instant updatedAt, Party patient, Party provider,
        Rating rating) {

    /** Someone taking part in a booking, by name only. */
    public record Party(UUID id, String name) {
    }

    public record Rating(int stars, String review, Instant createdAt) {
    }

    /** Maps a row of {@code booking_views}, or of a statement selecting the same columns. */
    public static BookingView from(Readable row) {
        UUID providerId = row.get("provider_id", UUID.class);
        Short stars = row.get("rating_stars", Short.class);
        return new BookingView(
                row.get("id", UUID.class),
                ServiceType.valueOf(row.get("service_type", String.class)),
                BookingStatus.valueOf(row.get("status", String.class)),
                row.get("address", String.class),
                row.get("notes", String.class),
                row.get("scheduled_for", Instant.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class),
                new Party(row.get("patient_id", UUID.class), row.get("patient_name", String.class)),
                providerId == null ? null : new Party(providerId, row.get("provider_name", String.class)),
                stars == null ? null : new Rating(stars, row.get("rating_review", String.class),
                        row.get("rating_created_at", Instant.class)));
    }
}
