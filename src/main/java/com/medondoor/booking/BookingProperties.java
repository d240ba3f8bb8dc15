package com.medondoor.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Booking settings ({@code medondoor.bookings.*}).
 *
 * @param idempotencyRetention how long an {@code Idempotency-Key} is remembered: a retry within it
 *        gets the booking the key made, a request after it creates a new booking, and the key's row is
 *        deleted by the retention sweep
 * @param waitingTooLong how long a booking may stay PENDING before the administrators' console lists it
 *        as waiting too long ({@code GET /api/admin/bookings/waiting})
 */
@ConfigurationProperties("medondoor.bookings")
record BookingProperties(@DefaultValue("24h") Duration idempotencyRetention, @DefaultValue("30m") Duration waitingTooLong) {

    BookingProperties {
        if (idempotencyRetention.isNegative() || idempotencyRetention.isZero()) {
            throw new IllegalArgumentException("medondoor.bookings.idempotency-retention must be positive");
        }
        if (waitingTooLong.isNegative() || waitingTooLong.isZero()) {
            throw new IllegalArgumentException("medondoor.bookings.waiting-too-long must be positive");
        }
    }

    /** The retention in seconds, as the SQL's {@code make_interval(secs => :retention)} takes it. */
    double idempotencyRetentionSeconds() {
        return idempotencyRetention.toMillis() / 1000.0;
    }
}
