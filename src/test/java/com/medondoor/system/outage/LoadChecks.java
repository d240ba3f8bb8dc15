package com.medondoor.system.outage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold after a {@link BookingLoad} that lived through a database outage. */
final class LoadChecks {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Set<Integer> EXPECTED = Set.of(200, 201, 401, 409, 503);

    private LoadChecks() {
    }

    /**
     * Every answer was a success, a lost claim, a wrong password or a 503 problem with Retry-After, and
     * came quickly.
     */
    static void answeredQuickly(BookingLoad load, Duration limit) {
        assertThat(load.outcomes()).as("answers under load").isNotEmpty().allSatisfy(outcome -> {
            assertThat(outcome.status()).as("status of " + outcome).isIn(EXPECTED);
            assertThat(outcome.took()).as("time to answer " + outcome).isLessThan(limit);
            if (outcome.status() == 503) {
                assertThat(outcome.contentType()).as("content type of " + outcome).startsWith("application/problem+json");
                assertThat(outcome.retryAfter()).as("Retry-After of " + outcome).matches("[1-9][0-9]*");
            }
        });
    }

    /**
     * Logins came back with the database: every one sent from {@code limit} after {@code back} (a
     * System.nanoTime()) on was answered as if nothing had happened, 200 or, for a wrong password, 401.
     */
    static void loginsBackWithin(BookingLoad load, long back, Duration limit) {
        long from = back + limit.toNanos();
        List<BookingLoad.Outcome> after = load.outcomes().stream()
                .filter(outcome -> outcome.isLogin() && outcome.sent() >= from).toList();
        assertThat(after).as("logins sent %s after the database came back", limit).isNotEmpty().allSatisfy(outcome ->
                assertThat(outcome.status()).as("status of " + outcome).isEqualTo(outcome.request().contains("wrong") ? 401 : 200));
        assertThat(load.outcomes()).as("answers to logins under load").anyMatch(BookingLoad.Outcome::isLogin);
    }

    /** Every key booked exactly one visit, and the database holds exactly those. */
    static void eachKeyBookedOnce(DatabaseClient db, BookingLoad load, List<UUID> patients, int rounds) {
        List<BookingLoad.Booked> booked = load.booked();
        assertThat(booked).as("bookings answered 201").hasSize(patients.size() * rounds);
        Map<String, UUID> stored = db.sql("""
                SELECT k.idempotency_key, b.id FROM bookings b
                  JOIN idempotency_keys k ON k.booking_id = b.id
                 WHERE b.patient_id = ANY(:patients)
                """)
                .bind("patients", patients.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("idempotency_key", String.class), row.get("id", UUID.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue).block(TIMEOUT);
        assertThat(stored).as("the bookings in the database, by key, versus those answered 201")
                .isEqualTo(booked.stream().collect(Collectors.toMap(BookingLoad.Booked::key, BookingLoad.Booked::booking)));
        long all = db.sql("SELECT count(*) AS n FROM bookings WHERE patient_id = ANY(:patients)")
                .bind("patients", patients.toArray(UUID[]::new))
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
        assertThat(all).as("bookings of the load's patients, keyed or not").isEqualTo(booked.size());
    }

    /** Every booking was claimed exactly once, and no provider but the one on the booking was told it won. */
    static void oneWinnerPerBooking(DatabaseClient db, BookingLoad load) {
        for (BookingLoad.Booked booked : load.booked()) {
            Map<String, Object> accepted = db.sql("""
                    SELECT count(*) AS accepted, max(b.provider_id::text) AS provider
                      FROM booking_events e JOIN bookings b ON b.id = e.booking_id
                     WHERE e.booking_id = :id AND e.status = 'ACCEPTED'
                    """)
                    .bind("id", booked.booking()).fetch().one().block(TIMEOUT);
            assertThat(accepted.get("accepted")).as("ACCEPTED events of booking " + booked.booking()).isEqualTo(1L);
            List<UUID> told = load.claims().stream()
                    .filter(claim -> claim.booking().equals(booked.booking()) && claim.status() == 200)
                    .map(BookingLoad.Claim::provider).toList();
            // A winner whose 200 was lost to the outage retries and hears 409: zero 200s is possible, two never.
            assertThat(told).as("providers told they won booking " + booked.booking()).hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(winner -> assertThat(winner.toString()).as("winner on the booking")
                            .isEqualTo(accepted.get("provider")));
        }
    }
}
