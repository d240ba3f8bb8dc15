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
 * @param defaultWindow the length of a window given by its start alone ({@code windowStart}, or the
 *        older {@code scheduledFor})
 * @param longestWindow the longest window a patient may book
 * @param furthestAhead how far ahead a window may start
 * @param asapWait how long an "as soon as possible" booking waits for a provider before it expires
 * @param expirySweepInterval how often each replica expires the bookings nobody claimed in time
 * @param overdueAfter how long past its window's end (or its wait, as soon as possible) a visit still in
 *        a provider's hands counts as overdue, for administrators to release or cancel
 */
@ConfigurationProperties("medondoor.bookings")
public record BookingProperties(@DefaultValue("24h") Duration idempotencyRetention,
        @DefaultValue("30m") Duration waitingTooLong, @DefaultValue("2h") Duration defaultWindow,
        @DefaultValue("24h") Duration longestWindow, @DefaultValue("90d") Duration furthestAhead,
        @DefaultValue("2h") Duration asapWait, @DefaultValue("30s") Duration expirySweepInterval,
        @DefaultValue("2h") Duration overdueAfter) {

    public BookingProperties {
        requirePositive("idempotency-retention", idempotencyRetention);
        requirePositive("waiting-too-long", waitingTooLong);
        requirePositive("default-window", defaultWindow);
        requirePositive("longest-window", longestWindow);
        requirePositive("furthest-ahead", furthestAhead);
        requirePositive("asap-wait", asapWait);
        requirePositive("expiry-sweep-interval", expirySweepInterval);
        requirePositive("overdue-after", overdueAfter);
        if (defaultWindow.compareTo(longestWindow) > 0) {
            throw new IllegalArgumentException("medondoor.bookings.default-window must not be longer than longest-window");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("medondoor.bookings." + name + " must be positive");
        }
    }

    /** {@link #asapWait} in seconds, as SQL's {@code make_interval(secs => :asapWait)} takes it. */
    public double asapWaitSeconds() {
        return asapWait.toMillis() / 1000.0;
    }

    /** {@link #overdueAfter} in seconds, as SQL's {@code make_interval(secs => :overdueAfter)} takes it. */
    double overdueAfterSeconds() {
        return overdueAfter.toMillis() / 1000.0;
    }

    /** The retention in seconds, as the SQL's {@code make_interval(secs => :retention)} takes it. */
    double idempotencyRetentionSeconds() {
        return idempotencyRetention.toMillis() / 1000.0;
    }
}
