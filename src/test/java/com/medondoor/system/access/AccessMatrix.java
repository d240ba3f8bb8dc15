package com.medondoor.system.access;

import static com.medondoor.system.access.AccessScene.Caller.*;
import static com.medondoor.system.access.AccessScene.Route.*;
import static com.medondoor.system.access.AccessScene.State.*;

import java.util.List;
import java.util.stream.Stream;

import com.medondoor.system.access.AccessScene.Caller;
import com.medondoor.system.access.AccessScene.Route;
import com.medondoor.system.access.AccessScene.State;

/**
 * What the contract promises each kind of caller on each route, for {@link AccessMatrixIntegrationTests}:
 * the status, and for the refusals that differ by more than their status, the problem type.
 */
final class AccessMatrix {

    private static final String ROLE = "forbidden";
    private static final String NOT_VERIFIED = "provider-not-verified";

    private AccessMatrix() {
    }

    /** {@code problem}: the slug a refusal's {@code type} ends with, when the case pins it down. */
    record Case(Route route, Caller caller, State state, int expected, String problem) {
        @Override
        public String toString() {
            return "%s by %s on a %s booking -> %d%s".formatted(route, caller, state, expected,
                    problem == null ? "" : " " + problem);
        }
    }

    private static Case row(Route route, Caller caller, State state, int expected) {
        return new Case(route, caller, state, expected, null);
    }

    private static Case row(Route route, Caller caller, State state, int expected, String problem) {
        return new Case(route, caller, state, expected, problem);
    }

    /** Patients and verified providers on the routes they share with everyone. */
    static List<Case> patientsAndProviders() {
        return List.of(
                // route            caller                  booking    expected
                row(LOGOUT,             ANONYMOUS,              PENDING,   401),
                row(LOGOUT,             OWNER,                  PENDING,   204),
                row(LOGOUT,             OTHER_PATIENT,          PENDING,   204),
                row(LOGOUT,             PROVIDER_OF_TYPE,       PENDING,   204),
                row(LOGOUT,             PROVIDER_OF_OTHER_TYPE, PENDING,   204),
                row(LOGOUT,             CLAIMER,                ACCEPTED,  204),

                row(ME,                 ANONYMOUS,              PENDING,   401),
                row(ME,                 OWNER,                  PENDING,   200),
                row(ME,                 OTHER_PATIENT,          PENDING,   200),
                row(ME,                 PROVIDER_OF_TYPE,       PENDING,   200),
                row(ME,                 PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(ME,                 CLAIMER,                ACCEPTED,  200),

                row(CREATE_BOOKING,     ANONYMOUS,              PENDING,   401),
                row(CREATE_BOOKING,     OWNER,                  PENDING,   201),
                row(CREATE_BOOKING,     OTHER_PATIENT,          PENDING,   201),
                row(CREATE_BOOKING,     PROVIDER_OF_TYPE,       PENDING,   403),
                row(CREATE_BOOKING,     PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(CREATE_BOOKING,     CLAIMER,                ACCEPTED,  403),

                row(LIST_BOOKINGS,      ANONYMOUS,              PENDING,   401),
                row(LIST_BOOKINGS,      OWNER,                  PENDING,   200),
                row(LIST_BOOKINGS,      OTHER_PATIENT,          PENDING,   200),
                row(LIST_BOOKINGS,      PROVIDER_OF_TYPE,       PENDING,   403),
                row(LIST_BOOKINGS,      PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(LIST_BOOKINGS,      CLAIMER,                ACCEPTED,  403),

                row(GET_BOOKING,        ANONYMOUS,              PENDING,   401),
                row(GET_BOOKING,        OWNER,                  PENDING,   200),
                row(GET_BOOKING,        OTHER_PATIENT,          PENDING,   404),
                row(GET_BOOKING,        PROVIDER_OF_TYPE,       PENDING,   403),
                row(GET_BOOKING,        PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(GET_BOOKING,        CLAIMER,                ACCEPTED,  403),

                row(CANCEL_BOOKING,     ANONYMOUS,              PENDING,   401),
                row(CANCEL_BOOKING,     OWNER,                  PENDING,   200),
                row(CANCEL_BOOKING,     OTHER_PATIENT,          PENDING,   404),
                row(CANCEL_BOOKING,     PROVIDER_OF_TYPE,       PENDING,   403),
                row(CANCEL_BOOKING,     PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(CANCEL_BOOKING,     CLAIMER,                ACCEPTED,  403),

                row(RATE_BOOKING,       ANONYMOUS,              COMPLETED, 401),
                row(RATE_BOOKING,       OWNER,                  COMPLETED, 201),
                row(RATE_BOOKING,       OTHER_PATIENT,          COMPLETED, 404),
                row(RATE_BOOKING,       PROVIDER_OF_TYPE,       COMPLETED, 403),
                row(RATE_BOOKING,       PROVIDER_OF_OTHER_TYPE, COMPLETED, 403),
                row(RATE_BOOKING,       CLAIMER,                COMPLETED, 403),

                row(AVAILABLE_JOBS,     ANONYMOUS,              PENDING,   401),
                row(AVAILABLE_JOBS,     OWNER,                  PENDING,   403),
                row(AVAILABLE_JOBS,     OTHER_PATIENT,          PENDING,   403),
                row(AVAILABLE_JOBS,     PROVIDER_OF_TYPE,       PENDING,   200),
                row(AVAILABLE_JOBS,     PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(AVAILABLE_JOBS,     CLAIMER,                ACCEPTED,  200),

                row(CLAIM_JOB,          ANONYMOUS,              PENDING,   401),
                row(CLAIM_JOB,          OWNER,                  PENDING,   403),
                row(CLAIM_JOB,          OTHER_PATIENT,          PENDING,   403),
                row(CLAIM_JOB,          PROVIDER_OF_TYPE,       PENDING,   200),
                row(CLAIM_JOB,          PROVIDER_OF_OTHER_TYPE, PENDING,   403),
                row(CLAIM_JOB,          PROVIDER_OF_OTHER_TYPE, ACCEPTED,  403),
                row(CLAIM_JOB,          PROVIDER_OF_TYPE,       ACCEPTED,  409),
                row(CLAIM_JOB,          PROVIDER_OF_TYPE,       COMPLETED, 409),
                row(CLAIM_JOB,          CLAIMER,                ACCEPTED,  409),

                row(MY_JOBS,            ANONYMOUS,              ACCEPTED,  401),
                row(MY_JOBS,            OWNER,                  ACCEPTED,  403),
                row(MY_JOBS,            OTHER_PATIENT,          ACCEPTED,  403),
                row(MY_JOBS,            PROVIDER_OF_TYPE,       ACCEPTED,  200),
                row(MY_JOBS,            PROVIDER_OF_OTHER_TYPE, ACCEPTED,  200),
                row(MY_JOBS,            CLAIMER,                ACCEPTED,  200),

                row(COMPLETE_JOB,       ANONYMOUS,              IN_PROGRESS,  401),
                row(COMPLETE_JOB,       OWNER,                  IN_PROGRESS,  403),
                row(COMPLETE_JOB,       OTHER_PATIENT,          IN_PROGRESS,  403),
                row(COMPLETE_JOB,       PROVIDER_OF_TYPE,       IN_PROGRESS,  404),
                row(COMPLETE_JOB,       PROVIDER_OF_OTHER_TYPE, IN_PROGRESS,  404),
                row(COMPLETE_JOB,       CLAIMER,                IN_PROGRESS,  200),

                row(DUTY,               ANONYMOUS,              PENDING,   401),
                row(DUTY,               OWNER,                  PENDING,   403),
                row(DUTY,               OTHER_PATIENT,          PENDING,   403),
                row(DUTY,               PROVIDER_OF_TYPE,       PENDING,   200),
                row(DUTY,               PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(DUTY,               CLAIMER,                ACCEPTED,  200),

                row(SET_DUTY,           ANONYMOUS,              PENDING,   401),
                row(SET_DUTY,           OWNER,                  PENDING,   403),
                row(SET_DUTY,           OTHER_PATIENT,          PENDING,   403),
                row(SET_DUTY,           PROVIDER_OF_TYPE,       PENDING,   200),
                row(SET_DUTY,           PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(SET_DUTY,           CLAIMER,                ACCEPTED,  200),

                row(PROVIDER_RATINGS,   ANONYMOUS,              COMPLETED, 401),
                row(PROVIDER_RATINGS,   OWNER,                  COMPLETED, 200),
                row(PROVIDER_RATINGS,   OTHER_PATIENT,          COMPLETED, 200),
                row(PROVIDER_RATINGS,   PROVIDER_OF_TYPE,       COMPLETED, 200),
                row(PROVIDER_RATINGS,   PROVIDER_OF_OTHER_TYPE, COMPLETED, 200),
                row(PROVIDER_RATINGS,   CLAIMER,                COMPLETED, 200));
    }

    /** Administrators, and providers no administrator has verified, on the same routes; the streams and the details. */
    static List<Case> administratorsAndUnverifiedProviders() {
        return List.of(
                row(LOGOUT,             ADMIN,                  PENDING,   204),
                row(LOGOUT,             UNVERIFIED,             PENDING,   204),
                row(LOGOUT,             REJECTED,               PENDING,   204),
                row(LOGOUT,             SUSPENDED,              PENDING,   204),

                row(ME,                 ADMIN,                  PENDING,   200),
                row(ME,                 UNVERIFIED,             PENDING,   200),
                row(ME,                 REJECTED,               PENDING,   200),
                row(ME,                 SUSPENDED,              PENDING,   200),

                row(CREATE_BOOKING,     ADMIN,                  PENDING,   403, ROLE),
                row(CREATE_BOOKING,     UNVERIFIED,             PENDING,   403, ROLE),
                row(CREATE_BOOKING,     REJECTED,               PENDING,   403, ROLE),
                row(CREATE_BOOKING,     SUSPENDED,              PENDING,   403, ROLE),

                row(LIST_BOOKINGS,      ADMIN,                  PENDING,   403, ROLE),
                row(LIST_BOOKINGS,      UNVERIFIED,             PENDING,   403, ROLE),
                row(LIST_BOOKINGS,      REJECTED,               PENDING,   403, ROLE),
                row(LIST_BOOKINGS,      SUSPENDED,              PENDING,   403, ROLE),

                row(GET_BOOKING,        ADMIN,                  PENDING,   403, ROLE),
                row(GET_BOOKING,        UNVERIFIED,             PENDING,   403, ROLE),
                row(GET_BOOKING,        REJECTED,               PENDING,   403, ROLE),
                row(GET_BOOKING,        SUSPENDED,              PENDING,   403, ROLE),

                row(CANCEL_BOOKING,     ADMIN,                  PENDING,   403, ROLE),
                row(CANCEL_BOOKING,     UNVERIFIED,             PENDING,   403, ROLE),
                row(CANCEL_BOOKING,     REJECTED,               PENDING,   403, ROLE),
                row(CANCEL_BOOKING,     SUSPENDED,              PENDING,   403, ROLE),

                row(RATE_BOOKING,       ADMIN,                  COMPLETED, 403, ROLE),
                row(RATE_BOOKING,       UNVERIFIED,             COMPLETED, 403, ROLE),
                row(RATE_BOOKING,       REJECTED,               COMPLETED, 403, ROLE),
                row(RATE_BOOKING,       SUSPENDED,              COMPLETED, 403, ROLE),

                row(AVAILABLE_JOBS,     ADMIN,                  PENDING,   403, ROLE),
                row(AVAILABLE_JOBS,     UNVERIFIED,             PENDING,   403, NOT_VERIFIED),
                row(AVAILABLE_JOBS,     REJECTED,               PENDING,   403, NOT_VERIFIED),
                row(AVAILABLE_JOBS,     SUSPENDED,              PENDING,   403, NOT_VERIFIED),

                row(CLAIM_JOB,          ADMIN,                  PENDING,   403, ROLE),
                row(CLAIM_JOB,          UNVERIFIED,             PENDING,   403, NOT_VERIFIED),
                row(CLAIM_JOB,          REJECTED,               PENDING,   403, NOT_VERIFIED),
                row(CLAIM_JOB,          SUSPENDED,              PENDING,   403, NOT_VERIFIED),

                row(MY_JOBS,            ADMIN,                  ACCEPTED,  403, ROLE),
                row(MY_JOBS,            UNVERIFIED,             ACCEPTED,  200),
                row(MY_JOBS,            REJECTED,               ACCEPTED,  200),
                row(MY_JOBS,            SUSPENDED,              ACCEPTED,  200),

                row(COMPLETE_JOB,       ADMIN,                  IN_PROGRESS,  403, ROLE),
                row(COMPLETE_JOB,       UNVERIFIED,             IN_PROGRESS,  404),
                row(COMPLETE_JOB,       REJECTED,               IN_PROGRESS,  404),
                row(COMPLETE_JOB,       SUSPENDED,              IN_PROGRESS,  404),

                row(DUTY,               ADMIN,                  PENDING,   403, ROLE),
                row(DUTY,               UNVERIFIED,             PENDING,   200),
                row(DUTY,               REJECTED,               PENDING,   200),
                row(DUTY,               SUSPENDED,              PENDING,   200),

                row(SET_DUTY,           ADMIN,                  PENDING,   403, ROLE),
                row(SET_DUTY,           UNVERIFIED,             PENDING,   403, NOT_VERIFIED),
                row(SET_DUTY,           REJECTED,               PENDING,   403, NOT_VERIFIED),
                row(SET_DUTY,           SUSPENDED,              PENDING,   403, NOT_VERIFIED),

                row(PROVIDER_RATINGS,   ADMIN,                  COMPLETED, 200),
                row(PROVIDER_RATINGS,   UNVERIFIED,             COMPLETED, 200),
                row(PROVIDER_RATINGS,   REJECTED,               COMPLETED, 200),
                row(PROVIDER_RATINGS,   SUSPENDED,              COMPLETED, 200),

                row(PROFESSIONAL,       ANONYMOUS,              PENDING,   401),
                row(PROFESSIONAL,       OWNER,                  PENDING,   403, ROLE),
                row(PROFESSIONAL,       OTHER_PATIENT,          PENDING,   403, ROLE),
                row(PROFESSIONAL,       PROVIDER_OF_TYPE,       PENDING,   409, "wrong-verification-status"),
                row(PROFESSIONAL,       PROVIDER_OF_OTHER_TYPE, PENDING,   409, "wrong-verification-status"),
                row(PROFESSIONAL,       CLAIMER,                ACCEPTED,  409, "wrong-verification-status"),
                row(PROFESSIONAL,       ADMIN,                  PENDING,   403, ROLE),
                row(PROFESSIONAL,       UNVERIFIED,             PENDING,   200),
                row(PROFESSIONAL,       REJECTED,               PENDING,   200),
                row(PROFESSIONAL,       SUSPENDED,              PENDING,   409, "wrong-verification-status"),

                row(JOB_STREAM,         ANONYMOUS,              PENDING,   401),
                row(JOB_STREAM,         OWNER,                  PENDING,   403, ROLE),
                row(JOB_STREAM,         OTHER_PATIENT,          PENDING,   403, ROLE),
                row(JOB_STREAM,         PROVIDER_OF_TYPE,       PENDING,   200),
                row(JOB_STREAM,         PROVIDER_OF_OTHER_TYPE, PENDING,   200),
                row(JOB_STREAM,         CLAIMER,                ACCEPTED,  200),
                row(JOB_STREAM,         ADMIN,                  PENDING,   403, ROLE),
                row(JOB_STREAM,         UNVERIFIED,             PENDING,   403, NOT_VERIFIED),
                row(JOB_STREAM,         REJECTED,               PENDING,   403, NOT_VERIFIED),
                row(JOB_STREAM,         SUSPENDED,              PENDING,   403, NOT_VERIFIED),

                row(BOOKING_STREAM,     ANONYMOUS,              PENDING,   401),
                row(BOOKING_STREAM,     OWNER,                  PENDING,   200),
                row(BOOKING_STREAM,     OTHER_PATIENT,          PENDING,   200),
                row(BOOKING_STREAM,     PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(BOOKING_STREAM,     PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(BOOKING_STREAM,     CLAIMER,                ACCEPTED,  403, ROLE),
                row(BOOKING_STREAM,     ADMIN,                  PENDING,   403, ROLE),
                row(BOOKING_STREAM,     UNVERIFIED,             PENDING,   403, ROLE),
                row(BOOKING_STREAM,     REJECTED,               PENDING,   403, ROLE),
                row(BOOKING_STREAM,     SUSPENDED,              PENDING,   403, ROLE));
    }

    /** The administrators' routes, for everyone. */
    static List<Case> administration() {
        return List.of(
                row(CREATE_ADMIN,       ANONYMOUS,              PENDING,   401),
                row(CREATE_ADMIN,       OWNER,                  PENDING,   403, ROLE),
                row(CREATE_ADMIN,       OTHER_PATIENT,          PENDING,   403, ROLE),
                row(CREATE_ADMIN,       PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(CREATE_ADMIN,       PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(CREATE_ADMIN,       CLAIMER,                ACCEPTED,  403, ROLE),
                row(CREATE_ADMIN,       ADMIN,                  PENDING,   201),
                row(CREATE_ADMIN,       UNVERIFIED,             PENDING,   403, ROLE),
                row(CREATE_ADMIN,       REJECTED,               PENDING,   403, ROLE),
                row(CREATE_ADMIN,       SUSPENDED,              PENDING,   403, ROLE),

                row(LIST_PROVIDERS,     ANONYMOUS,              PENDING,   401),
                row(LIST_PROVIDERS,     OWNER,                  PENDING,   403, ROLE),
                row(LIST_PROVIDERS,     OTHER_PATIENT,          PENDING,   403, ROLE),
                row(LIST_PROVIDERS,     PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(LIST_PROVIDERS,     PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(LIST_PROVIDERS,     CLAIMER,                ACCEPTED,  403, ROLE),
                row(LIST_PROVIDERS,     ADMIN,                  PENDING,   200),
                row(LIST_PROVIDERS,     UNVERIFIED,             PENDING,   403, ROLE),
                row(LIST_PROVIDERS,     REJECTED,               PENDING,   403, ROLE),
                row(LIST_PROVIDERS,     SUSPENDED,              PENDING,   403, ROLE),

                row(GET_PROVIDER,       ANONYMOUS,              PENDING,   401),
                row(GET_PROVIDER,       OWNER,                  PENDING,   403, ROLE),
                row(GET_PROVIDER,       OTHER_PATIENT,          PENDING,   403, ROLE),
                row(GET_PROVIDER,       PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(GET_PROVIDER,       PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(GET_PROVIDER,       CLAIMER,                ACCEPTED,  403, ROLE),
                row(GET_PROVIDER,       ADMIN,                  PENDING,   200),
                row(GET_PROVIDER,       UNVERIFIED,             PENDING,   403, ROLE),
                row(GET_PROVIDER,       REJECTED,               PENDING,   403, ROLE),
                row(GET_PROVIDER,       SUSPENDED,              PENDING,   403, ROLE),

                row(APPROVE_PROVIDER,   ANONYMOUS,              PENDING,   401),
                row(APPROVE_PROVIDER,   OWNER,                  PENDING,   403, ROLE),
                row(APPROVE_PROVIDER,   OTHER_PATIENT,          PENDING,   403, ROLE),
                row(APPROVE_PROVIDER,   PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(APPROVE_PROVIDER,   PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(APPROVE_PROVIDER,   CLAIMER,                ACCEPTED,  403, ROLE),
                row(APPROVE_PROVIDER,   ADMIN,                  PENDING,   200),
                row(APPROVE_PROVIDER,   UNVERIFIED,             PENDING,   403, ROLE),
                row(APPROVE_PROVIDER,   REJECTED,               PENDING,   403, ROLE),
                row(APPROVE_PROVIDER,   SUSPENDED,              PENDING,   403, ROLE),

                row(REJECT_PROVIDER,    ANONYMOUS,              PENDING,   401),
                row(REJECT_PROVIDER,    OWNER,                  PENDING,   403, ROLE),
                row(REJECT_PROVIDER,    OTHER_PATIENT,          PENDING,   403, ROLE),
                row(REJECT_PROVIDER,    PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(REJECT_PROVIDER,    PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(REJECT_PROVIDER,    CLAIMER,                ACCEPTED,  403, ROLE),
                row(REJECT_PROVIDER,    ADMIN,                  PENDING,   200),
                row(REJECT_PROVIDER,    UNVERIFIED,             PENDING,   403, ROLE),
                row(REJECT_PROVIDER,    REJECTED,               PENDING,   403, ROLE),
                row(REJECT_PROVIDER,    SUSPENDED,              PENDING,   403, ROLE),

                row(SUSPEND_PROVIDER,   ANONYMOUS,              PENDING,   401),
                row(SUSPEND_PROVIDER,   OWNER,                  PENDING,   403, ROLE),
                row(SUSPEND_PROVIDER,   OTHER_PATIENT,          PENDING,   403, ROLE),
                row(SUSPEND_PROVIDER,   PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(SUSPEND_PROVIDER,   PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(SUSPEND_PROVIDER,   CLAIMER,                ACCEPTED,  403, ROLE),
                row(SUSPEND_PROVIDER,   ADMIN,                  PENDING,   200),
                row(SUSPEND_PROVIDER,   UNVERIFIED,             PENDING,   403, ROLE),
                row(SUSPEND_PROVIDER,   REJECTED,               PENDING,   403, ROLE),
                row(SUSPEND_PROVIDER,   SUSPENDED,              PENDING,   403, ROLE),

                row(REINSTATE_PROVIDER, ANONYMOUS,              PENDING,   401),
                row(REINSTATE_PROVIDER, OWNER,                  PENDING,   403, ROLE),
                row(REINSTATE_PROVIDER, OTHER_PATIENT,          PENDING,   403, ROLE),
                row(REINSTATE_PROVIDER, PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(REINSTATE_PROVIDER, PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(REINSTATE_PROVIDER, CLAIMER,                ACCEPTED,  403, ROLE),
                row(REINSTATE_PROVIDER, ADMIN,                  PENDING,   200),
                row(REINSTATE_PROVIDER, UNVERIFIED,             PENDING,   403, ROLE),
                row(REINSTATE_PROVIDER, REJECTED,               PENDING,   403, ROLE),
                row(REINSTATE_PROVIDER, SUSPENDED,              PENDING,   403, ROLE),

                row(AUDIT_LOG,          ANONYMOUS,              PENDING,   401),
                row(AUDIT_LOG,          OWNER,                  PENDING,   403, ROLE),
                row(AUDIT_LOG,          OTHER_PATIENT,          PENDING,   403, ROLE),
                row(AUDIT_LOG,          PROVIDER_OF_TYPE,       PENDING,   403, ROLE),
                row(AUDIT_LOG,          PROVIDER_OF_OTHER_TYPE, PENDING,   403, ROLE),
                row(AUDIT_LOG,          CLAIMER,                ACCEPTED,  403, ROLE),
                row(AUDIT_LOG,          ADMIN,                  PENDING,   200),
                row(AUDIT_LOG,          UNVERIFIED,             PENDING,   403, ROLE),
                row(AUDIT_LOG,          REJECTED,               PENDING,   403, ROLE),
                row(AUDIT_LOG,          SUSPENDED,              PENDING,   403, ROLE));
    }

    /** Bookings across the platform: administrators only, and every other caller refused by role. */
    static List<Case> platformBookings() {
        return Stream.of(PLATFORM_BOOKINGS, WAITING_BOOKINGS, OVERDUE_BOOKINGS, PLATFORM_BOOKING, PLATFORM_STREAM)
                .flatMap(route -> Stream.of(Caller.values()).map(caller -> switch (caller) {
                    case ANONYMOUS -> row(route, caller, PENDING, 401);
                    case ADMIN -> row(route, caller, PENDING, 200);
                    case CLAIMER -> row(route, caller, ACCEPTED, 403, ROLE);
                    default -> row(route, caller, PENDING, 403, ROLE);
                }))
                .toList();
    }

    /**
     * A visit's steps after the claim, for everyone: only its provider takes them (any other provider is
     * told there is no such visit of theirs), only its patient reads them, and only administrators act on an
     * overdue one (this scene's visit is not overdue, which the administrator is told).
     */
    static List<Case> visitSteps() {
        Stream<Case> providersSteps = Stream.of(SET_OFF, ARRIVE, RELEASE_JOB).flatMap(route -> {
            State state = route == ARRIVE ? EN_ROUTE : ACCEPTED;
            return Stream.of(Caller.values()).map(caller -> switch (caller) {
                case ANONYMOUS -> row(route, caller, state, 401);
                case OWNER, OTHER_PATIENT, ADMIN -> row(route, caller, state, 403, ROLE);
                case CLAIMER -> row(route, caller, state, 200);
                default -> row(route, caller, state, 404, "booking-not-found");
            });
        });
        Stream<Case> steps = Stream.of(Caller.values()).map(caller -> switch (caller) {
            case ANONYMOUS -> row(BOOKING_STEPS, caller, ACCEPTED, 401);
            case OWNER -> row(BOOKING_STEPS, caller, ACCEPTED, 200);
            case OTHER_PATIENT -> row(BOOKING_STEPS, caller, ACCEPTED, 404, "booking-not-found");
            default -> row(BOOKING_STEPS, caller, ACCEPTED, 403, ROLE);
        });
        Stream<Case> overdue = Stream.of(RELEASE_OVERDUE, CANCEL_OVERDUE).flatMap(route -> Stream.of(Caller.values())
                .map(caller -> switch (caller) {
                    case ANONYMOUS -> row(route, caller, ACCEPTED, 401);
                    case ADMIN -> row(route, caller, ACCEPTED, 409, "visit-not-overdue");
                    default -> row(route, caller, ACCEPTED, 403, ROLE);
                }));
        return Stream.of(providersSteps, steps, overdue).flatMap(cases -> cases).toList();
    }
}
