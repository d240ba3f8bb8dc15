package com.medondoor.booking;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every status change a booking may go through, who may make it, and from which statuses: the one table
 * that decides. Each statement that changes a status takes its condition from here ({@link #from(String)})
 * and its new status ({@link #to()}); the database refuses any other change whoever writes it (function
 * {@code booking_transition_allowed}, migration V15, which a test holds equal to this one), and
 * {@code src/site/markdown/visits.md} draws it (a test holds the diagram equal too).
 */
public enum Transition {

    /** A provider on duty with room takes a booking they may see, while its window is open. */
    CLAIM(Actor.PROVIDER, BookingStatus.ACCEPTED, BookingStatus.PENDING),
    /** The visit's provider sets off, perhaps saying when they expect to arrive. */
    SET_OFF(Actor.VISIT_PROVIDER, BookingStatus.EN_ROUTE, BookingStatus.ACCEPTED),
    /** The visit's provider has arrived and the visit begins. */
    ARRIVE(Actor.VISIT_PROVIDER, BookingStatus.IN_PROGRESS, BookingStatus.EN_ROUTE),
    COMPLETE(Actor.VISIT_PROVIDER, BookingStatus.COMPLETED, BookingStatus.IN_PROGRESS),
    /** The visit's provider gives it back, with a reason, before setting off; they never see it again. */
    RELEASE(Actor.VISIT_PROVIDER, BookingStatus.PENDING, BookingStatus.ACCEPTED),
    /** The patient cancels, with a reason once a provider has it; not once the visit has begun. */
    CANCEL(Actor.PATIENT, BookingStatus.CANCELLED, BookingStatus.PENDING, BookingStatus.ACCEPTED,
            BookingStatus.EN_ROUTE),
    /** Nobody claimed the booking before its window closed (or, as soon as possible, in time). */
    EXPIRE(Actor.SERVICE, BookingStatus.EXPIRED, BookingStatus.PENDING),
    /** An administrator suspends the visit's provider: the visit goes back to the pool. */
    RELEASE_SUSPENDED(Actor.ADMINISTRATOR, BookingStatus.PENDING, BookingStatus.ACCEPTED, BookingStatus.EN_ROUTE,
            BookingStatus.IN_PROGRESS),
    /** An administrator gives an overdue visit to another provider, with a reason. */
    RELEASE_OVERDUE(Actor.ADMINISTRATOR, BookingStatus.PENDING, BookingStatus.ACCEPTED, BookingStatus.EN_ROUTE,
            BookingStatus.IN_PROGRESS),
    /** An administrator cancels an overdue visit, with a reason. */
    CANCEL_OVERDUE(Actor.ADMINISTRATOR, BookingStatus.CANCELLED, BookingStatus.ACCEPTED, BookingStatus.EN_ROUTE,
            BookingStatus.IN_PROGRESS);

    /** Who may make a transition. */
    public enum Actor {
        /** Any verified provider of the booking's service type, but not one who gave it back. */
        PROVIDER,
        /** The provider who holds the visit. */
        VISIT_PROVIDER,
        /** The booking's patient. */
        PATIENT,
        ADMINISTRATOR,
        /** The service itself, on its own schedule. */
        SERVICE
    }

    private final Actor actor;
    private final BookingStatus to;
    private final Set<BookingStatus> from;

    Transition(Actor actor, BookingStatus to, BookingStatus first, BookingStatus... rest) {
        this.actor = actor;
        this.to = to;
        this.from = EnumSet.of(first, rest);
    }

    public Actor actor() {
        return actor;
    }

    public BookingStatus to() {
        return to;
    }

    public Set<BookingStatus> from() {
        return from;
    }

    public boolean allowedFrom(BookingStatus status) {
        return from.contains(status);
    }

    /** The transition's condition in SQL, on the status column {@code column}, such as {@code status IN ('PENDING')}. */
    public String from(String column) {
        return BookingStatus.in(column, from);
    }

    /** The statuses it starts from, for people: {@code PENDING, ACCEPTED or EN_ROUTE}. */
    public String fromNames() {
        List<String> names = from.stream().map(BookingStatus::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Whether any transition moves a booking from {@code from} to {@code to}. */
    public static boolean legal(BookingStatus from, BookingStatus to) {
        return Arrays.stream(values()).anyMatch(transition -> transition.to == to && transition.allowedFrom(from));
    }
}
