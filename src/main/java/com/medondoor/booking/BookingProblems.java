package com.medondoor.booking;

import com.medondoor.system.DomainProblem;
import org.springframework.http.HttpStatus;

/** The ways a booking request can fail, shared by every feature that acts on bookings. */
public final class BookingProblems {

    private BookingProblems() {
    }

    /** No such booking, or not one the caller may see: the two are never told apart. */
    public static final class BookingNotFound extends DomainProblem {
        public BookingNotFound() {
            super(HttpStatus.NOT_FOUND, "booking-not-found", "Booking not found", "No such booking.");
        }
    }

    /** The booking is not in the status the request needs; {@code currentStatus} says which status it is in. */
    public static final class WrongStatus extends DomainProblem {
        public WrongStatus(BookingStatus current, String detail) {
            super(HttpStatus.CONFLICT, "booking-status-conflict", "Booking status conflict", detail);
            getBody().setProperty("currentStatus", current.name());
        }
    }

    /** An administrator acts on a visit as overdue that is not, or not yet. */
    public static final class NotOverdue extends DomainProblem {
        public NotOverdue() {
            super(HttpStatus.CONFLICT, "visit-not-overdue", "Visit not overdue",
                    "This visit is not overdue: its provider may still be on their way or at work.");
        }
    }

    /** An Idempotency-Key the patient already used for a different booking request. */
    public static final class IdempotencyKeyReused extends DomainProblem {
        public IdempotencyKeyReused() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used for a different booking request; send a new key for a new booking.");
        }
    }
}
