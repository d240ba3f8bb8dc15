package com.medondoor.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.medondoor.MigrationDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's own list of status changes, migration V15's {@code booking_transition_allowed}, which its
 * trigger asks about every change of a booking's status, is {@link Transition}'s table: for every pair of
 * statuses the function allows exactly what {@link Transition#legal} does.
 */
class TransitionFunctionIntegrationTests {

    private static final String PATIENT = "00000000-0000-0000-0000-00000000000a";

    private static MigrationDatabase database;

    @BeforeAll
    static void migratedDatabase() {
        database = new MigrationDatabase();
        database.migrate(null);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void functionAllowsExactlyTheTransitionsOfTheTableForEveryPairOfStatuses() throws SQLException {
        List<String> legal = new ArrayList<>();
        for (BookingStatus from : BookingStatus.values()) {
            for (BookingStatus to : BookingStatus.values()) {
                if (Transition.legal(from, to)) {
                    legal.add(from + " -> " + to);
                }
            }
        }

        Map<String, Boolean> answers = functionsAnswers();

        assertThat(answers).as("the function's answers, one per pair of statuses")
                .hasSize(BookingStatus.values().length * BookingStatus.values().length);
        assertThat(answers.keySet().stream().filter(answers::get).toList())
                .as("the pairs booking_transition_allowed(from, to) allows, against those Transition.legal(from, to) does")
                .containsExactlyInAnyOrderElementsOf(legal);
    }

    @Test
    void databaseRefusesAChangeOfStatusNoTransitionMakes() throws SQLException {
        database.execute("""
                INSERT INTO users (id, name, email, password_hash, role, service_type, verification)
                VALUES ('%1$s', 'Pat', 'pat@example.test', 'x', 'USER', NULL, NULL);
                INSERT INTO bookings (patient_id, service_type, address) VALUES ('%1$s', 'NURSE_VISIT', 'a');
                UPDATE bookings SET status = 'EXPIRED' WHERE patient_id = '%1$s';
                """.formatted(PATIENT));

        assertThatThrownBy(() -> database.execute("UPDATE bookings SET status = 'PENDING' WHERE patient_id = '%s'"
                .formatted(PATIENT)))
                .as("an EXPIRED booking is never PENDING again, whoever writes it")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("a booking does not go from EXPIRED to PENDING")
                .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("23514");
    }

    /** The function's answer for every pair of statuses, in one query. */
    private static Map<String, Boolean> functionsAnswers() throws SQLException {
        Map<String, Boolean> answers = new TreeMap<>();
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT f.status AS from_status, t.status AS to_status,
                               booking_transition_allowed(f.status, t.status) AS allowed
                          FROM unnest(?) f(status) CROSS JOIN unnest(?) t(status)
                        """)) {
            Array statuses = connection.createArrayOf("text",
                    Arrays.stream(BookingStatus.values()).map(Enum::name).toArray());
            query.setArray(1, statuses);
            query.setArray(2, statuses);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    answers.put(rows.getString("from_status") + " -> " + rows.getString("to_status"),
                            rows.getBoolean("allowed"));
                }
            }
        }
        return answers;
    }
}
