package com.medondoor.booking;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;

/**
 * One step of a booking's life as its patient follows it: the status it reached and when, why and in
 * whose words where the change gave a reason, the expected arrival of a provider on their way, and the
 * provider it concerned (who took it on, or whose hands it left).
 */
public record BookingStep(BookingStatus status, Instant at, String reason, String note, Instant expectedArrival,
        BookingView.Party provider) {

    static BookingStep from(Readable row) {
        UUID provider = row.get("provider_id", UUID.class);
        return new BookingStep(BookingStatus.valueOf(row.get("status", String.class)),
                row.get("occurred_at", Instant.class), row.get("reason", String.class), row.get("note", String.class),
                row.get("expected_arrival", Instant.class),
                provider == null ? null : new BookingView.Party(provider, row.get("provider_name", String.class)));
    }
}
