package com.medondoor.load;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;

import com.medondoor.load.Latencies.Summary;
import com.medondoor.load.LoadClient.Account;

/**
 * Scenario 1: B pending bookings, P providers each claiming every one of them in a random order, all
 * at once; then the database is asked whether every booking was won exactly once, by the provider
 * that was answered 200.
 */
final class ClaimStorm {

    static final String SERVICE_TYPE = "DOCTOR_CONSULTATION";
    static final ClaimOutcomes outcomes = new ClaimOutcomes();

    /** What the storm did, and every way in which it broke the rules (none, when all is well). */
    record Result(int bookings, int providers, Summary attempts, Summary wins, Summary conflicts,
            Map<Integer, Long> statuses, List<String> violations, CpuTime cpu, Path report) {

        long expectedAttempts() {
            return (long) bookings * providers;
        }
    }

    private ClaimStorm() {
    }

    static Result run(Scene scene, List<Account> providers, int bookingCount) throws Exception {
        List<UUID> bookings = scene.client().bookings(scene.patients(), bookingCount, SERVICE_TYPE);
        List<Map<String, Object>> plan = new ArrayList<>();
        for (Account provider : providers) {
            List<String> order = new ArrayList<>(bookings.stream().map(UUID::toString).toList());
            Collections.shuffle(order);
            plan.add(Map.of("token", provider.token(), "provider", provider.id().toString(), "bookings", order));
        }
        outcomes.clear();
        ClaimStormSimulation.baseUrl = scene.service().baseUrl();
        ClaimStormSimulation.providers = plan;
        CpuTime before = CpuTime.sample(scene.service().pid());
        Path report = GatlingRun.run(ClaimStormSimulation.class, scene.output());
        CpuTime cpu = CpuTime.sample(scene.service().pid()).since(before);
        Result result = new Result(bookingCount, providers.size(), outcomes.all(), outcomes.wins(), outcomes.conflicts(),
                outcomes.statuses(), violations(scene, bookings, providers.size()), cpu, report);
        print(result);
        return result;
    }

    private static List<String> violations(Scene scene, List<UUID> bookings, int providers) throws SQLException {
        List<String> violations = new ArrayList<>();
        long expectedConflicts = (long) bookings.size() * (providers - 1);
        if (outcomes.count(200) != bookings.size()) {
            violations.add(outcomes.count(200) + " claims answered 200 for " + bookings.size() + " bookings");
        }
        if (outcomes.count(409) != expectedConflicts) {
            violations.add(outcomes.count(409) + " claims answered 409, expected " + expectedConflicts);
        }
        outcomes.statuses().keySet().stream().filter(status -> status != 200 && status != 409)
                .forEach(status -> violations.add(outcomes.count(status) + " claims answered " + status));
        try (Connection db = scene.database();
                PreparedStatement query = db.prepareStatement("""
                        SELECT b.id, b.status, b.provider_id,
                               (SELECT count(*) FROM booking_events e
                                 WHERE e.booking_id = b.id AND e.status = 'ACCEPTED') AS acceptances
                          FROM bookings b
                         WHERE b.id = ANY (?)
                        """)) {
            Array ids = db.createArrayOf("uuid", bookings.toArray());
            query.setArray(1, ids);
            int rows = 0;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows++;
                    String booking = row.getString("id");
                    Queue<String> winners = outcomes.winners(booking);
                    if (!"ACCEPTED".equals(row.getString("status")) || row.getLong("acceptances") != 1
                            || winners.size() != 1 || !winners.peek().equals(row.getString("provider_id"))) {
                        violations.add("booking " + booking + ": " + row.getString("status") + ", "
                                + row.getLong("acceptances") + " ACCEPTED events, provider " + row.getString("provider_id")
                                + ", answered 200 to " + winners);
                    }
                }
            }
            if (rows != bookings.size()) {
                violations.add("the database holds " + rows + " of the storm's " + bookings.size() + " bookings");
            }
        }
        return violations;
    }

    private static void print(Result result) {
        System.out.printf("%nClaim storm: %d bookings x %d providers = %d attempts, %.0f attempts/s%n",
                result.bookings(), result.providers(), result.attempts().count(), result.attempts().perSecond());
        System.out.printf("  answers by status: %s%n", result.statuses());
        System.out.println("  " + result.cpu().perRequest(result.attempts().count()));
        System.out.println("  wins (200) ms:      " + Report.percentiles(result.wins()));
        System.out.println("  conflicts (409) ms: " + Report.percentiles(result.conflicts()));
        System.out.printf("  exactly one winner per booking, nothing but 200 and 409: %s%n",
                result.violations().isEmpty() ? "yes" : "NO " + result.violations().subList(0, Math.min(5, result.violations().size())));
        System.out.printf("  Gatling report: %s%n", result.report());
    }
}
