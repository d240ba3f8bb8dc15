package com.medondoor.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.NettyLeaks;
import com.medondoor.account.ServiceType;
import com.medondoor.job.RaceClient.Answer;
import com.medondoor.job.RaceClient.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Claims racing over real HTTP against the running server. Timing decides who wins; what the tests
 * assert is the set of outcomes, which must be the same whoever wins: exactly one claim per booking
 * succeeds, everyone else is told the booking's current status, and the database agrees.
 */
@ExtendWith(NettyLeaks.class)
class ClaimRaceIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String CAPACITY_REACHED = "https://medondoor.app/problems/capacity-reached";

    @LocalServerPort
    private int port;

    @Autowired
    private DatabaseClient db;

    private RaceClient race;

    @BeforeEach
    void openRaceClient() {
        race = new RaceClient(port, 100);
    }

    @AfterEach
    void closeRaceClient() {
        race.close();
    }

    @Test
    void claimByHundredProvidersAtOnceThenOneWinsAndNinetyNineConflict() throws Exception {
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        List<Api.Account> providers = providers(100, ServiceType.NURSE_VISIT);

        List<Answer> answers = race.postAllAtOnce(providers.stream().map(p -> claim(p, booking)).toList());

        assertThat(statusCounts(answers))
                .as("100 simultaneous claims must give exactly one 200 and 99 × 409, nothing else" + failures(answers))
                .isEqualTo(Map.of(200, 1L, 409, 99L));
        Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        assertThat(winner.body().get("status")).as("the winner's booking must be ACCEPTED").isEqualTo("ACCEPTED");
        assertThat(providerIdIn(winner)).as("the winner's booking must name the winner as its provider")
                .isEqualTo(winner.callerId().toString());
        answers.stream().filter(a -> a.status() == 409).forEach(loser -> assertConflict(loser, "ACCEPTED"));
        assertThat(bookingRow(booking))
                .as("the database must hold the booking ACCEPTED by the one provider who got the 200")
                .isEqualTo(Map.of("status", "ACCEPTED", "provider_id", winner.callerId()));
        assertThat(events(booking))
                .as("booking_events must record the creation and exactly one ACCEPTED, by the winner")
                .isEqualTo(List.of("PENDING by patient", "ACCEPTED by " + winner.callerId()));
    }

    @Test
    void claimManyBookingsByManyProvidersAtOnceThenEachWonExactlyOnce() throws Exception {
        Api.Account patient = api().patient();
        List<UUID> bookings = IntStream.range(0, 20)
                .mapToObj(i -> api().book(patient, ServiceType.DOCTOR_CONSULTATION)).toList();
        List<Api.Account> providers = providers(20, ServiceType.DOCTOR_CONSULTATION);

        List<Answer> answers = race.postAllAtOnce(everyoneTriesEverything(providers, bookings, new Random(20240611)));

        // A doctor holds one visit at once: each of the 20 wins exactly one of the 20 bookings, and a claim
        // is refused either because its booking was taken or because its doctor already holds one.
        assertThat(statusCounts(answers))
                .as("20 doctors × 20 bookings must give one 200 per booking and 409 for every other try"
                        + failures(answers))
                .isEqualTo(Map.of(200, 20L, 409, 380L));
        Map<UUID, List<UUID>> winnersByBooking = answers.stream().filter(a -> a.status() == 200)
                .collect(Collectors.groupingBy(a -> UUID.fromString((String) a.body().get("id")),
                        Collectors.mapping(Answer::callerId, Collectors.toList())));
        assertThat(winnersByBooking.keySet()).as("every booking must have been won").isEqualTo(Set.copyOf(bookings));
        assertThat(winnersByBooking.values().stream().flatMap(List::stream).distinct().count())
                .as("every doctor must have won exactly one booking").isEqualTo(20L);
        for (UUID booking : bookings) {
            List<UUID> winners = winnersByBooking.get(booking);
            assertThat(winners).as("booking " + booking + " must be won once, got 200s for " + winners).hasSize(1);
            assertThat(bookingRow(booking))
                    .as("booking " + booking + " must be ACCEPTED by the provider who received its 200")
                    .isEqualTo(Map.of("status", "ACCEPTED", "provider_id", winners.get(0)));
            assertThat(events(booking)).as("booking " + booking + " must have exactly one ACCEPTED event, by its winner")
                    .isEqualTo(List.of("PENDING by patient", "ACCEPTED by " + winners.get(0)));
        }
        answers.stream().filter(a -> a.status() == 409 && !CAPACITY_REACHED.equals(a.body().get("type")))
                .forEach(loser -> assertConflict(loser, "ACCEPTED"));
    }

    @Test
    void cancelWhileTwentyProvidersClaimThenExactlyOneSideWins() throws Exception {
        Api.Account patient = api().patient();
        List<Api.Account> providers = providers(20, ServiceType.MEDICINE_DELIVERY);
        // The patient's cancel goes first, in the middle and last among the claims, to give both
        // sides a chance to win; whichever does, the outcome must be consistent.
        for (int position : new int[] {0, 10, 20}) {
            UUID booking = api().book(patient, ServiceType.MEDICINE_DELIVERY);
            List<Call> calls = new ArrayList<>(providers.stream().map(p -> claim(p, booking)).toList());
            calls.add(position, new Call(patient, "/api/bookings/" + booking + "/cancel"));

            List<Answer> answers = race.postAllAtOnce(calls);

            Answer cancel = answers.stream().filter(a -> a.callerId().equals(patient.id())).findFirst().orElseThrow();
            // A cancel without a reason, once a provider has the visit, is refused for its missing reason.
            assertThat(statusCounts(answers))
                    .as("a cancel racing 20 claims must give exactly one 200, and 409 (or the cancel's 400) to the rest"
                            + failures(answers))
                    .isEqualTo(cancel.status() == 200 ? Map.of(200, 1L, 409, 20L) : Map.of(200, 1L, 400, 1L, 409, 19L));
            if (cancel.status() == 200) {
                assertThat(cancel.body().get("status")).as("a winning cancel returns the CANCELLED booking")
                        .isEqualTo("CANCELLED");
                answers.stream().filter(a -> a != cancel).forEach(claim -> assertConflict(claim, "CANCELLED"));
                Map<String, Object> row = bookingRow(booking);
                assertThat(row.get("status")).as("the cancel won, so the booking must be CANCELLED").isEqualTo("CANCELLED");
                assertThat(row.get("provider_id")).as("the cancel won, so no provider may be on the booking").isNull();
                assertThat(events(booking)).as("the cancel won, so the only change recorded must be the CANCELLED one")
                        .isEqualTo(List.of("PENDING by patient", "CANCELLED by patient"));
            }
            else {
                assertThat(cancel.status()).as("the cancel, without a reason, of a visit a provider has").isEqualTo(400);
                assertThat(cancel.body().get("detail")).isEqualTo("reason: must be given once a provider has the visit");
                Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
                assertThat(providerIdIn(winner)).as("the winning claim names its provider")
                        .isEqualTo(winner.callerId().toString());
                assertThat(bookingRow(booking)).as("a claim won, so the booking must be ACCEPTED by that provider")
                        .isEqualTo(Map.of("status", "ACCEPTED", "provider_id", winner.callerId()));
                assertThat(events(booking)).as("a claim won, so the only change recorded must be its ACCEPTED")
                        .isEqualTo(List.of("PENDING by patient", "ACCEPTED by " + winner.callerId()));
            }
        }
    }

    @Test
    void claimsOfEveryKindAtOnceThenEachAnsweredAsItsBookingStands() throws Exception {
        Api.Account patient = api().patient();
        List<Api.Account> nurses = providers(20, ServiceType.NURSE_VISIT);
        List<Api.Account> doctors = providers(10, ServiceType.DOCTOR_CONSULTATION);
        UUID pending = api().book(patient, ServiceType.NURSE_VISIT);
        UUID cancelled = api().book(patient, ServiceType.NURSE_VISIT);
        api().post("/api/bookings/" + cancelled + "/cancel", patient, null).expectStatus().isOk();
        UUID completed = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(nurses.get(0), completed);
        api().complete(nurses.get(0), completed);
        UUID unknown = UUID.randomUUID();
        List<Call> calls = new ArrayList<>();
        for (Api.Account nurse : nurses) {
            calls.addAll(List.of(claim(nurse, pending), claim(nurse, cancelled), claim(nurse, completed),
                    claim(nurse, unknown)));
        }
        doctors.forEach(doctor -> calls.add(claim(doctor, pending)));

        List<Answer> answers = race.postAllAtOnce(calls);

        assertThat(outcomes(answers, pending))
                .as("20 nurses and 10 doctors claiming one PENDING nurse visit at once: one winner, "
                        + "every other nurse told it is ACCEPTED, every doctor refused for the type")
                .isEqualTo(Map.of("200 ACCEPTED", 1L, "409 ACCEPTED", 19L, "403", 10L));
        assertThat(outcomes(answers, cancelled)).as("every claim of a CANCELLED booking must be told it is CANCELLED")
                .isEqualTo(Map.of("409 CANCELLED", 20L));
        assertThat(outcomes(answers, completed)).as("every claim of a COMPLETED booking must be told it is COMPLETED")
                .isEqualTo(Map.of("409 COMPLETED", 20L));
        assertThat(outcomes(answers, unknown)).as("every claim of an unknown booking must be 404")
                .isEqualTo(Map.of("404", 20L));
        answers.stream().filter(a -> a.status() >= 400).forEach(refused -> assertThat(refused.contentType())
                .as("a refused claim must be a problem body, was " + refused.contentType())
                .startsWith("application/problem+json"));
    }

    private List<Api.Account> providers(int count, ServiceType type) {
        return IntStream.range(0, count).mapToObj(i -> api().provider(type)).toList();
    }

    private static Call claim(Api.Account provider, UUID booking) {
        return new Call(provider, "/api/jobs/" + booking + "/claim");
    }

    /** Each provider's tries in its own random order, interleaved so that every provider starts at once. */
    private static List<Call> everyoneTriesEverything(List<Api.Account> providers, List<UUID> bookings, Random random) {
        List<List<UUID>> orders = providers.stream().map(p -> {
            List<UUID> order = new ArrayList<>(bookings);
            Collections.shuffle(order, random);
            return order;
        }).toList();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < bookings.size(); i++) {
            for (int p = 0; p < providers.size(); p++) {
                calls.add(claim(providers.get(p), orders.get(p).get(i)));
            }
        }
        return calls;
    }

    private static void assertConflict(Answer answer, String currentStatus) {
        assertThat(answer.status()).as("expected 409 for " + answer.call()).isEqualTo(409);
        assertThat(answer.contentType()).as("a conflict must be a problem body, was " + answer.contentType())
                .startsWith("application/problem+json");
        assertThat(answer.body().get("currentStatus"))
                .as("a refused " + answer.call().path() + " must say the booking is now " + currentStatus)
                .isEqualTo(currentStatus);
    }

    /** The answers to the claims of one booking, as "status" or "status currentStatus", counted. */
    private static Map<String, Long> outcomes(List<Answer> answers, UUID booking) {
        return answers.stream().filter(a -> a.call().path().equals("/api/jobs/" + booking + "/claim"))
                .map(a -> a.status() + (a.status() == 200 ? " " + a.body().get("status")
                        : a.body().containsKey("currentStatus") ? " " + a.body().get("currentStatus") : ""))
                .collect(Collectors.groupingBy(outcome -> outcome, TreeMap::new, Collectors.counting()));
    }

    private static Map<Integer, Long> statusCounts(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    /** The first few answers that were neither 200 nor 409, to explain a failure. */
    private static String failures(List<Answer> answers) {
        List<String> odd = answers.stream().filter(a -> a.status() != 200 && a.status() != 409).limit(3)
                .map(a -> a.status() + " " + a.body()).toList();
        return odd.isEmpty() ? "" : "; unexpected answers such as " + odd;
    }

    private static String providerIdIn(Answer answer) {
        Map<?, ?> provider = (Map<?, ?>) answer.body().get("provider");
        return provider == null ? null : (String) provider.get("id");
    }

    private Map<String, Object> bookingRow(UUID booking) {
        Map<String, Object> row = db.sql("SELECT status, provider_id FROM bookings WHERE id = :id")
                .bind("id", booking).fetch().one().block(TIMEOUT);
        // Map.of refuses nulls; a HashMap keeps a null provider comparable.
        return row == null ? null : new HashMap<>(row);
    }

    /** The booking's events in order, as "STATUS by actor", with the patient named as such. */
    private List<String> events(UUID booking) {
        return db.sql("""
                SELECT e.status, e.actor_id, e.actor_id = b.patient_id AS by_patient
                  FROM booking_events e JOIN bookings b ON b.id = e.booking_id
                 WHERE e.booking_id = :id
                 ORDER BY e.id
                """)
                .bind("id", booking)
                .map(row -> row.get("status", String.class) + " by "
                        + (Boolean.TRUE.equals(row.get("by_patient", Boolean.class)) ? "patient"
                                : row.get("actor_id", UUID.class)))
                .all().collectList().block(TIMEOUT);
    }
}
