package com.medondoor.booking;

import java.time.Duration;

import com.medondoor.account.ServiceType;

/**
 * Which bookings an administrator lists: in a status, of a service type, and created at least
 * {@code olderThan} ago. A null status or type, or a zero age, filters nothing.
 */
public record BookingSearch(BookingStatus status, ServiceType serviceType, Duration olderThan) {

    public static BookingSearch waitingLongerThan(Duration age) {
        return new BookingSearch(BookingStatus.PENDING, null, age);
    }
}
