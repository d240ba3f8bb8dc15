package com.medondoor.system.access;

import java.util.Map;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.Api;
import com.medondoor.account.ServiceType;

/**
 * One booking of {@link #TYPE} and everyone who might try to touch it: its patient, another patient, a
 * provider of its type who never claimed it, a provider of another type, and the provider who claims it
 * once the scene needs it claimed. Built fresh for every case of the access matrix.
 */
public record AccessScene(Account owner, Account otherPatient, Account providerOfType, Account providerOfOtherType,
        Account claimer, UUID booking, State state) {

    public static final ServiceType TYPE = ServiceType.NURSE_VISIT;
    public static final ServiceType OTHER_TYPE = ServiceType.MEDICINE_DELIVERY;

    /** Who calls. */
    public enum Caller {
        ANONYMOUS, OWNER, OTHER_PATIENT, PROVIDER_OF_TYPE, PROVIDER_OF_OTHER_TYPE, CLAIMER
    }

    /** How far the booking has gone before the call; the claimer claims it from ACCEPTED on. */
    public enum State {
        PENDING, ACCEPTED, COMPLETED
    }

    /** A route of the contract; {@code {booking}} and {@code {claimer}} are filled from the scene. */
    public enum Route {
        LOGOUT("POST", "/api/auth/logout"),
        ME("GET", "/api/me"),
        CREATE_BOOKING("POST", "/api/bookings"),
        LIST_BOOKINGS("GET", "/api/bookings"),
        GET_BOOKING("GET", "/api/bookings/{booking}"),
        CANCEL_BOOKING("POST", "/api/bookings/{booking}/cancel"),
        RATE_BOOKING("POST", "/api/bookings/{booking}/rating"),
        AVAILABLE_JOBS("GET", "/api/jobs/available"),
        CLAIM_JOB("POST", "/api/jobs/{booking}/claim"),
        MY_JOBS("GET", "/api/jobs/mine"),
        COMPLETE_JOB("POST", "/api/jobs/{booking}/complete"),
        PROVIDER_RATINGS("GET", "/api/providers/{claimer}/ratings");

        public final String method;
        public final String template;

        Route(String method, String template) {
            this.method = method;
            this.template = template;
        }

        /** Whether a successful call changes the booking of the scene. */
        public boolean changesBooking() {
            return this == CANCEL_BOOKING || this == RATE_BOOKING || this == CLAIM_JOB || this == COMPLETE_JOB;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    public static AccessScene build(Api api, State state) {
        Account owner = api.patient();
        Account otherPatient = api.patient();
        Account providerOfType = api.provider(TYPE);
        Account providerOfOtherType = api.provider(OTHER_TYPE);
        Account claimer = api.provider(TYPE);
        UUID booking = api.book(owner, TYPE);
        if (state != State.PENDING) {
            api.claim(claimer, booking);
        }
        if (state == State.COMPLETED) {
            api.complete(claimer, booking);
        }
        return new AccessScene(owner, otherPatient, providerOfType, providerOfOtherType, claimer, booking, state);
    }

    public Account account(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case OWNER -> owner;
            case OTHER_PATIENT -> otherPatient;
            case PROVIDER_OF_TYPE -> providerOfType;
            case PROVIDER_OF_OTHER_TYPE -> providerOfOtherType;
            case CLAIMER -> claimer;
        };
    }

    public String path(Route route) {
        return route.template.replace("{booking}", booking.toString()).replace("{claimer}", claimer.id().toString());
    }

    /** A valid body for the routes that take one; null for the others. */
    public static Object body(Route route) {
        return switch (route) {
            case CREATE_BOOKING -> Api.booking(TYPE);
            case RATE_BOOKING -> Map.of("stars", 4, "review", "Kind and on time");
            default -> null;
        };
    }
}
