package com.medondoor.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a run of claims kept the rules, asked of the target's database afterwards: no booking won
 * twice, each won booking's one ACCEPTED event by its provider, every booking whose claims were all sent
 * won by someone (unless the providers' capacity may refuse them all), as many winners as 200s, no
 * answer but 200 and the two 409s of {@link ClaimRefusal}, and no provider of the shape holding more
 * visits than it allows or other than their {@code provider_duty.active_visits} says. Claims still in
 * flight when wrk stopped are the slack: their answers went unread, and some may never have reached the
 * database.
 */
final class ClaimLedger {

    private ClaimLedger() {
    }

    static List<String> violations(ClaimTarget target, ClaimShape shape, String prefix, WrkRun.Outcome outcome,
            int providers, int connections) throws SQLException {
        List<String> violations = new ArrayList<>();
        String where = target.name() + ", " + shape.title() + ": ";
        outcome.statuses().keySet().stream().filter(status -> status != 200 && status != 409)
                .forEach(status -> violations.add(where + outcome.count(status) + " claims answered " + status));
        outcome.refusals().keySet().stream().filter(type -> !ClaimRefusal.known(type))
                .forEach(type -> violations.add(where + outcome.refusals().get(type) + " claims answered 409 " + type));
        int inFlight = connections / WrkRun.THREADS;
        long unread = (long) inFlight * outcome.sent().size() + outcome.socketErrors();
        long[] unwon = new long[outcome.sent().size()];
        long accepted = 0;
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement("""
                SELECT b.id, b.status, right(b.id::text, 12)::bigint AS n, ('x' || substr(b.id::text, 10, 4))::bit(16)::int AS thread,
                       count(e.id) FILTER (WHERE e.status = 'ACCEPTED') AS acceptances,
                       coalesce(bool_and(e.actor_id = b.provider_id) FILTER (WHERE e.status = 'ACCEPTED'), true) AS by_winner
                  FROM bookings b LEFT JOIN booking_events e ON e.booking_id = b.id
                 WHERE b.id BETWEEN ? AND ?
                 GROUP BY b.id
                """)) {
            query.setObject(1, PendingBookings.range(prefix)[0]);
            query.setObject(2, PendingBookings.range(prefix)[1]);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    boolean won = "ACCEPTED".equals(row.getString("status"));
                    long acceptances = row.getLong("acceptances");
                    accepted += won ? 1 : 0;
                    int thread = row.getInt("thread");
                    if (!won && thread < unwon.length && row.getLong("n") <= shape.bookingsSent(outcome.sent().get(thread), providers)) {
                        unwon[thread]++;
                    }
                    if (acceptances != (won ? 1 : 0) || !row.getBoolean("by_winner")) {
                        violations.add(where + "booking " + row.getString("id") + " is " + row.getString("status") + " with "
                                + acceptances + " ACCEPTED events" + (row.getBoolean("by_winner") ? "" : ", not all by its provider"));
                    }
                }
            }
        }
        // With room for everyone, a booking stays unwon only if every one of its claims was lost in flight.
        for (int thread = 0; thread < unwon.length; thread++) {
            if (!shape.limited() && unwon[thread] > (inFlight + outcome.socketErrors()) / shape.claimsPerBooking(providers)) {
                violations.add(where + unwon[thread] + " bookings of thread " + thread + " were claimed by every provider"
                        + " and won by none");
            }
        }
        long wins = outcome.count(200);
        if (accepted < wins || accepted > wins + unread) {
            violations.add(where + wins + " claims answered 200, but " + accepted + " bookings were won"
                    + (unread == 0 ? "" : " (up to " + unread + " more wins may have gone unread)"));
        }
        violations.addAll(visits(target, shape, where));
        return violations;
    }

    /** Every provider of the shape's type holding more visits than it allows, or other than their duty row counts. */
    private static List<String> visits(ClaimTarget target, ClaimShape shape, String where) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement("""
                SELECT u.id, duty.active_visits, count(b.id) AS held
                  FROM users u
                  JOIN provider_duty duty ON duty.provider_id = u.id
                  LEFT JOIN bookings b ON b.provider_id = u.id AND b.status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS')
                 WHERE u.service_type = ?
                 GROUP BY u.id, duty.active_visits
                HAVING count(b.id) > ? OR count(b.id) <> duty.active_visits
                """)) {
            query.setString(1, shape.serviceType());
            query.setInt(2, shape.capacity());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    violations.add(where + "provider " + row.getString("id") + " holds " + row.getLong("held") + " visits"
                            + (shape.limited() ? " (at most " + shape.capacity() + ")" : "")
                            + ", and their duty row counts " + row.getInt("active_visits"));
                }
            }
        }
        return violations;
    }
}
