package com.medondoor.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.medondoor.MigrationDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V11 gives the events already written the facts they would have recorded: the provider of
 * a claimed or completed booking, no provider before or without a claim, the visit's time, no reason.
 * Events the previous release still writes during a rollout get them too.
 */
class EventFactsMigrationIntegrationTests {

    /** How the release before V11 changed a booking and recorded its event (BookingChanges). */
    private static final String PREVIOUS_RELEASE = """
            WITH changed AS (
            %s
            ), recorded AS (
                INSERT INTO booking_events (booking_id, status, actor_id)
                SELECT id, status, '%s' FROM changed
            )
            SELECT id FROM changed
            """;

    private MigrationDatabase database;

    @BeforeEach
    void databaseBeforeV11() {
        database = new MigrationDatabase();
        database.migrate("10");
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void existingEventsGetTheirProviderAndVisitTimeFromTheirBooking() throws SQLException {
        database.execute("""
                INSERT INTO users (id, name, email, password_hash, role, service_type) VALUES
                    ('00000000-0000-0000-0000-00000000000a', 'Pat', 'pat@example.test', 'x', 'USER', NULL),
                    ('00000000-0000-0000-0000-00000000000b', 'Nell', 'nell@example.test', 'x', 'PROVIDER', 'NURSE_VISIT');
                INSERT INTO bookings (id, patient_id, provider_id, service_type, status, address, scheduled_for) VALUES
                    ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000a',
                     '00000000-0000-0000-0000-00000000000b', 'NURSE_VISIT', 'COMPLETED', 'a', '2030-01-02T10:00:00Z'),
                    ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-00000000000a',
                     NULL, 'NURSE_VISIT', 'CANCELLED', 'b', NULL);
                INSERT INTO booking_events (booking_id, status, actor_id) VALUES
                    ('00000000-0000-0000-0000-000000000001', 'PENDING', '00000000-0000-0000-0000-00000000000a'),
                    ('00000000-0000-0000-0000-000000000001', 'ACCEPTED', '00000000-0000-0000-0000-00000000000b'),
                    ('00000000-0000-0000-0000-000000000001', 'COMPLETED', '00000000-0000-0000-0000-00000000000b'),
                    ('00000000-0000-0000-0000-000000000002', 'PENDING', '00000000-0000-0000-0000-00000000000a'),
                    ('00000000-0000-0000-0000-000000000002', 'CANCELLED', '00000000-0000-0000-0000-00000000000a');
                """);

        database.migrate(null);

        assertThat(events()).as("each event's booking, status, provider, visit time and reason after V11").containsExactly(
                "1 PENDING null 2030-01-02 10:00:00+00 null",
                "1 ACCEPTED 00000000-0000-0000-0000-00000000000b 2030-01-02 10:00:00+00 null",
                "1 COMPLETED 00000000-0000-0000-0000-00000000000b 2030-01-02 10:00:00+00 null",
                "2 PENDING null null null",
                "2 CANCELLED null null null");
        assertThatThrownBy(() -> database.execute("""
                INSERT INTO booking_events (booking_id, status, actor_id) VALUES
                    ('00000000-0000-0000-0000-000000000002', 'ACCEPTED', '00000000-0000-0000-0000-00000000000b')
                """)).as("an ACCEPTED event without a provider").isInstanceOf(SQLException.class)
                .hasMessageContaining("booking_events_provider_check");
    }

    /** During a rollout, the previous release's pods still write events as they did, without the facts. */
    @Test
    void eventsThePreviousReleaseWritesAfterV11GetTheirFactsAllTheSame() throws SQLException {
        database.migrate(null);
        database.execute("""
                INSERT INTO users (id, name, email, password_hash, role, service_type, verification) VALUES
                    ('00000000-0000-0000-0000-00000000000a', 'Pat', 'pat@example.test', 'x', 'USER', NULL, NULL),
                    ('00000000-0000-0000-0000-00000000000b', 'Nell', 'nell@example.test', 'x', 'PROVIDER', 'NURSE_VISIT',
                     'VERIFIED');
                -- On duty (V14), as every provider the previous release served is from then on.
                INSERT INTO provider_duty (provider_id, on_duty, capacity)
                VALUES ('00000000-0000-0000-0000-00000000000b', true, 1);
                """);

        database.execute(PREVIOUS_RELEASE.formatted("""
                INSERT INTO bookings (id, patient_id, service_type, address, scheduled_for)
                VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000a',
                        'NURSE_VISIT', 'a', '2030-01-02T10:00:00Z')
                RETURNING *
                """, "00000000-0000-0000-0000-00000000000a"));
        database.execute(PREVIOUS_RELEASE.formatted("""
                UPDATE bookings SET status = 'ACCEPTED', provider_id = '00000000-0000-0000-0000-00000000000b'
                 WHERE id = '00000000-0000-0000-0000-000000000001' AND status = 'PENDING'
                RETURNING *
                """, "00000000-0000-0000-0000-00000000000b"));

        assertThat(events()).as("the previous release's events, after V11").containsExactly(
                "1 PENDING null 2030-01-02 10:00:00+00 null",
                "1 ACCEPTED 00000000-0000-0000-0000-00000000000b 2030-01-02 10:00:00+00 null");
    }

    private List<String> events() throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET TIME ZONE 'UTC'");
            try (ResultSet row = statement.executeQuery("""
                    SELECT right(booking_id::text, 1) AS booking, status, provider_id, scheduled_for, reason
                      FROM booking_events ORDER BY id
                    """)) {
                while (row.next()) {
                    events.add(row.getString("booking") + " " + row.getString("status") + " "
                            + row.getString("provider_id") + " " + row.getString("scheduled_for") + " "
                            + row.getString("reason"));
                }
            }
        }
        return events;
    }
}
