package com.medondoor.system.access;

import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.account.ServiceType;

/**
 * One booking of {@link #TYPE}, its patient, the provider who claims it once the scene needs it claimed,
 * and whoever else tries to touch it in the case: another patient, a provider of its type who never
 * claimed it, a provider of another type, an administrator, or a provider of its type whom no
 * administrator has verified, rejected or suspended (the others of them are null). An administrator's route acts on a provider of
 * its own, the subject, in the status the route starts from. Built fresh for every case of the access matrix.
 */
public record AccessScene(Account owner, Account otherPatient, Account providerOfType, Account providerOfOtherType,
        Account claimer, UUID booking, State state, Account caller, Account subject) {

    public static final ServiceType TYPE = ServiceType.NURSE_VISIT;
    public static final ServiceType OTHER_TYPE = ServiceType.MEDICINE_DELIVERY;

    /** Who calls. */
    public enum Caller {
        ANONYMOUS, OWNER, OTHER_PATIENT, PROVIDER_OF_TYPE, PROVIDER_OF_OTHER_TYPE, CLAIMER, ADMIN, UNVERIFIED, REJECTED,
        SUSPENDED
    }

    /** How far the booking has gone before the call; the claimer claims it from ACCEPTED on. */
    public enum State {
        PENDING, ACCEPTED, EN_ROUTE, IN_PROGRESS, COMPLETED
    }

    /** A route of the contract; {@code {booking}}, {@code {claimer}} and {@code {subject}} are filled from the scene. */
    public enum Route {
        LOGOUT("POST", "/api/auth/logout"),
        ME("GET", "/api/me"),
        PROFESSIONAL("PUT", "/api/me/professional"),
        CREATE_BOOKING("POST", "/api/bookings"),
        LIST_BOOKINGS("GET", "/api/bookings"),
        GET_BOOKING("GET", "/api/bookings/{booking}"),
        BOOKING_STEPS("GET", "/api/bookings/{booking}/steps"),
        CANCEL_BOOKING("POST", "/api/bookings/{booking}/cancel"),
        RATE_BOOKING("POST", "/api/bookings/{booking}/rating"),
        BOOKING_STREAM("GET", "/api/bookings/stream"),
        AVAILABLE_JOBS("GET", "/api/jobs/available"),
        CLAIM_JOB("POST", "/api/jobs/{booking}/claim"),
        MY_JOBS("GET", "/api/jobs/mine"),
        SET_OFF("POST", "/api/jobs/{booking}/en-route"),
        ARRIVE("POST", "/api/jobs/{booking}/arrive"),
        COMPLETE_JOB("POST", "/api/jobs/{booking}/complete"),
        RELEASE_JOB("POST", "/api/jobs/{booking}/release"),
        DUTY("GET", "/api/jobs/duty"),
        SET_DUTY("PUT", "/api/jobs/duty"),
        JOB_STREAM("GET", "/api/jobs/stream"),
        PROVIDER_RATINGS("GET", "/api/providers/{claimer}/ratings"),
        CREATE_ADMIN("POST", "/api/admin/admins"),
        LIST_PROVIDERS("GET", "/api/admin/providers"),
        GET_PROVIDER("GET", "/api/admin/providers/{subject}"),
        APPROVE_PROVIDER("POST", "/api/admin/providers/{subject}/approve"),
        REJECT_PROVIDER("POST", "/api/admin/providers/{subject}/reject"),
        SUSPEND_PROVIDER("POST", "/api/admin/providers/{subject}/suspend"),
        REINSTATE_PROVIDER("POST", "/api/admin/providers/{subject}/reinstate"),
        AUDIT_LOG("GET", "/api/admin/audit"),
        PLATFORM_BOOKINGS("GET", "/api/admin/bookings"),
        WAITING_BOOKINGS("GET", "/api/admin/bookings/waiting"),
        OVERDUE_BOOKINGS("GET", "/api/admin/bookings/overdue"),
        RELEASE_OVERDUE("POST", "/api/admin/bookings/{booking}/release"),
        CANCEL_OVERDUE("POST", "/api/admin/bookings/{booking}/cancel"),
        PLATFORM_BOOKING("GET", "/api/admin/bookings/{booking}"),
        PLATFORM_STREAM("GET", "/api/admin/bookings/stream");

        public final String method;
        public final String template;

        Route(String method, String template) {
            this.method = method;
            this.template = template;
        }

        /** Whether a successful call changes the booking of the scene. */
        public boolean changesBooking() {
            return switch (this) {
                case CANCEL_BOOKING, RATE_BOOKING, CLAIM_JOB, SET_OFF, ARRIVE, COMPLETE_JOB, RELEASE_JOB, RELEASE_OVERDUE,
                        CANCEL_OVERDUE -> true;
                default -> false;
            };
        }

        /** Whether a successful call changes the subject's verification. */
        public boolean changesSubject() {
            return this == APPROVE_PROVIDER || this == REJECT_PROVIDER || this == SUSPEND_PROVIDER
                    || this == REINSTATE_PROVIDER;
        }

        public boolean stream() {
            return this == BOOKING_STREAM || this == JOB_STREAM || this == PLATFORM_STREAM;
        }

        /** The verification the subject of this route has before the call: what the route starts from. */
        public String subjectStatus() {
            return switch (this) {
                case SUSPEND_PROVIDER -> "VERIFIED";
                case REINSTATE_PROVIDER -> "SUSPENDED";
                default -> "UNVERIFIED";
            };
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** The booking and everyone of the cast but an extra caller or subject of an access-matrix case. */
    public static AccessScene build(Api api, State state) {
        return build(api, state, null, Route.ME);
    }

    /**
     * The scene of one case: of the three who take no part in the booking, only the caller {@code who} is
     * made (each account costs a registration and a login, a provider an approval too); all three if null.
     */
    public static AccessScene build(Api api, State state, Caller who, Route route) {
        Account owner = api.patient();
        Account otherPatient = who == null || who == Caller.OTHER_PATIENT ? api.patient() : null;
        Account providerOfType = who == null || who == Caller.PROVIDER_OF_TYPE ? api.provider(TYPE) : null;
        Account providerOfOtherType = who == null || who == Caller.PROVIDER_OF_OTHER_TYPE ? api.provider(OTHER_TYPE) : null;
        Account claimer = api.provider(TYPE);
        UUID booking = api.book(owner, TYPE);
        if (state != State.PENDING) {
            api.claim(claimer, booking);
        }
        if (state.compareTo(State.EN_ROUTE) >= 0) {
            api.post("/api/jobs/" + booking + "/en-route", claimer, null).expectStatus().isOk().returnResult(Void.class);
        }
        if (state.compareTo(State.IN_PROGRESS) >= 0) {
            api.post("/api/jobs/" + booking + "/arrive", claimer, null).expectStatus().isOk().returnResult(Void.class);
        }
        if (state == State.COMPLETED) {
            api.post("/api/jobs/" + booking + "/complete", claimer, null).expectStatus().isOk().returnResult(Void.class);
        }
        Account caller = who == null ? null : switch (who) {
            case ADMIN -> api.admin();
            case UNVERIFIED -> api.unverifiedProvider(TYPE);
            case REJECTED -> providerIn(api, "REJECTED");
            case SUSPENDED -> providerIn(api, "SUSPENDED");
            default -> null;
        };
        Account subject = route.template.contains("{subject}") ? providerIn(api, route.subjectStatus()) : null;
        return new AccessScene(owner, otherPatient, providerOfType, providerOfOtherType, claimer, booking, state, caller,
                subject);
    }

    /** A provider of the scene's type in this verification status, put there by the administrator. */
    private static Account providerIn(Api api, String status) {
        Account provider = switch (status) {
            case "UNVERIFIED", "REJECTED" -> api.unverifiedProvider(TYPE);
            default -> api.provider(TYPE);
        };
        String action = switch (status) {
            case "REJECTED" -> "reject";
            case "SUSPENDED" -> "suspend";
            default -> null;
        };
        if (action != null) {
            api.post("/api/admin/providers/" + provider.id() + "/" + action, api.admin(), Map.of("reason", "For the scene"))
                    .expectStatus().isOk().returnResult(Void.class);
        }
        return provider;
    }

    public Account account(Caller who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case OWNER -> owner;
            case OTHER_PATIENT -> otherPatient;
            case PROVIDER_OF_TYPE -> providerOfType;
            case PROVIDER_OF_OTHER_TYPE -> providerOfOtherType;
            case CLAIMER -> claimer;
            case ADMIN, UNVERIFIED, REJECTED, SUSPENDED -> caller;
        };
    }

    public String path(Route route) {
        return route.template.replace("{booking}", booking.toString()).replace("{claimer}", claimer.id().toString())
                .replace("{subject}", subject == null ? "" : subject.id().toString());
    }

    /** A valid body for the routes that take one, fitting the caller's service type; null for the others. */
    public static Object body(Route route, Caller who) {
        return switch (route) {
            case CREATE_BOOKING -> Api.booking(TYPE);
            case RATE_BOOKING -> Map.of("stars", 4, "review", "Kind and on time");
            case PROFESSIONAL -> Api.professional(who == Caller.PROVIDER_OF_OTHER_TYPE ? OTHER_TYPE : TYPE, 4242);
            case CREATE_ADMIN -> Map.of("name", "Another administrator", "email",
                    "admin-" + UUID.randomUUID() + "@medondoor.test", "password", Api.PASSWORD);
            case APPROVE_PROVIDER, REJECT_PROVIDER, SUSPEND_PROVIDER, REINSTATE_PROVIDER -> Map.of("reason", "Checked");
            case SET_DUTY -> Map.of("onDuty", true);
            case SET_OFF -> Map.of("etaMinutes", 15);
            case RELEASE_JOB, RELEASE_OVERDUE, CANCEL_OVERDUE -> Map.of("reason", "For the scene");
            default -> null;
        };
    }
}
