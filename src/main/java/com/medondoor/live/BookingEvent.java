package com.medondoor.live;

import java.util.UUID;

import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.ServiceType;

/**
 * One committed status change, as the feed hands it to subscribers. {@code bookingJson} is the
 * booking as it was right after this change, serialized once for every subscriber.
 */
record BookingEvent(long id, UUID bookingId, BookingStatus status, ServiceType serviceType, UUID patientId,
        String bookingJson) {
}
