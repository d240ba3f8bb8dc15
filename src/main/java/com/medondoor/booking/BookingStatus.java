package com.medondoor.booking;

/**
 * The lifecycle: PENDING → ACCEPTED → COMPLETED, or PENDING → CANCELLED. Only the service moves a
 * booking between states; no request sets a status directly.
 */
public enum BookingStatus {
    PENDING, ACCEPTED, COMPLETED, CANCELLED
}
