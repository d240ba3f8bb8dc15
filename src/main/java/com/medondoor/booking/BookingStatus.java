package com.medondoor.booking;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a booking is in its life. Only the service moves a booking between statuses, and only as
 * {@link Transition} allows; no request sets a status directly.
 */
public enum BookingStatus {
    PENDING, ACCEPTED, EN_ROUTE, IN_PROGRESS, COMPLETED, CANCELLED, EXPIRED;

    /** The statuses of a visit in a provider's hands: each counts toward the provider's capacity. */
    public static final Set<BookingStatus> ACTIVE = EnumSet.of(ACCEPTED, EN_ROUTE, IN_PROGRESS);

    /** The statuses of a booking not yet over: waiting for a provider, or in one's hands. */
    public static final Set<BookingStatus> UNFINISHED = EnumSet.of(PENDING, ACCEPTED, EN_ROUTE, IN_PROGRESS);

    /** The statuses of a booking that is over: done, called off, or nobody took it in time. */
    public static final Set<BookingStatus> FINISHED = EnumSet.of(COMPLETED, CANCELLED, EXPIRED);

    /** The statuses' names, for binding as a SQL array. */
    public static String[] names(Set<BookingStatus> statuses) {
        return statuses.stream().map(BookingStatus::name).toArray(String[]::new);
    }

    /** The condition that {@code column} holds one of {@code statuses}, in SQL: {@code status IN ('PENDING')}. */
    public static String in(String column, Set<BookingStatus> statuses) {
        return column + " IN (" + statuses.stream().map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
