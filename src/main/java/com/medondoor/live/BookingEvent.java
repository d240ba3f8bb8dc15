package com.medondoor.live;

import java.time.Instant;
import java.util.UUID;

import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingStatus;

/**
 * One committed status change, as the feed hands it to subscribers. {@code bookingJson} is the
 * booking as it was right after this change, serialized once for every subscriber. {@code occurredAt} is
 * when the change's transaction ran (PostgreSQL's {@code now()}).
 */
record BookingEvent(long id, UUID bookingId, BookingStatus status, ServiceType serviceType, UUID patientId,
        Instant occurredAt, String bookingJson) {
}
