package com.medondoor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.medondoor.MigrationDatabase;
import org.junit.jupiter.api.AfterEach;
import org.postgresql.util.PSQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migration V14 puts every provider there already on duty, with their type's default capacity and the
 * visits they hold counted; from then on the database keeps that count whoever changes a booking.
 */
class DutyMigrationIntegrationTests {

    private static final String PATIENT = "00000000-0000-0000-0000-00000000000a";
    private static final String NURSE = "00000000-0000-0000-0000-00000000000b";
    private static final String COURIER = "00000000-0000-0000-0000-00000000000c";

    private MigrationDatabase database;

    @BeforeEach
    void databaseBeforeV14() throws SQLException {
        database = new MigrationDatabase();
        database.migrate("13");
        database.execute("""
                INSERT INTO users (id, name, email, password_hash, role, service_type, verification) VALUES
                    ('%1$s', 'Pat', 'pat@example.test', 'x', 'USER', NULL, NULL),
                    ('%2$s', 'Nell', 'nell@example.test', 'x', 'PROVIDER', 'NURSE_VISIT', 'VERIFIED'),
                    ('%3$s', 'Cory', 'cory@example.test', 'x', 'PROVIDER', 'MEDICINE_DELIVERY', 'VERIFIED');
                INSERT INTO bookings (patient_id, provider_id, service_type, status, address) VALUES
                    ('%1$s', '%2$s', 'NURSE_VISIT', 'ACCEPTED', 'a'),
                    ('%1$s', '%2$s', 'NURSE_VISIT', 'COMPLETED', 'a'),
                    ('%1$s', '%3$s', 'MEDICINE_DELIVERY', 'ACCEPTED', 'a'),
                    ('%1$s', '%3$s', 'MEDICINE_DELIVERY', 'ACCEPTED', 'a'),
                    ('%1$s', NULL, 'MEDICINE_DELIVERY', 'PENDING', 'a');
                """.formatted(PATIENT, NURSE, COURIER));
        database.migrate(null);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void providersThereAlreadyAreOnDutyWithTheirVisitsCounted() throws SQLException {
        assertThat(duties()).containsExactly(NURSE + " true 1 1", COURIER + " true 3 2");
    }

    @Test
    void countFollowsEveryChangeOfABookingAndRefusesOneTooMany() throws SQLException {
        database.execute("UPDATE bookings SET status = 'EN_ROUTE' WHERE provider_id = '%s' AND status = 'ACCEPTED'"
                .formatted(NURSE));
        database.execute("UPDATE bookings SET status = 'IN_PROGRESS' WHERE provider_id = '%s' AND status = 'EN_ROUTE'"
                .formatted(NURSE));
        assertThat(duties()).as("a visit on its way and under way is still held").containsExactly(NURSE + " true 1 1",
                COURIER + " true 3 2");
        database.execute("UPDATE bookings SET status = 'COMPLETED' WHERE provider_id = '%s' AND status = 'IN_PROGRESS'"
                .formatted(NURSE));
        database.execute("""
                UPDATE bookings SET status = 'ACCEPTED', provider_id = '%s' WHERE status = 'PENDING'
                """.formatted(COURIER));
        assertThat(duties()).containsExactly(NURSE + " true 1 0", COURIER + " true 3 3");

        database.execute("""
                INSERT INTO bookings (patient_id, service_type, address) VALUES ('%s', 'MEDICINE_DELIVERY', 'a')
                """.formatted(PATIENT));
        assertThatThrownBy(() -> database.execute("""
                UPDATE bookings SET status = 'ACCEPTED', provider_id = '%s' WHERE status = 'PENDING'
                """.formatted(COURIER)))
                .as("a fourth visit for a courier who may hold three").isInstanceOfSatisfying(PSQLException.class,
                        refusal -> assertThat(refusal.getServerErrorMessage().getConstraint()).isEqualTo("provider_duty_room"));
        database.execute("UPDATE provider_duty SET on_duty = false WHERE provider_id = '%s'".formatted(NURSE));
        assertThatThrownBy(() -> database.execute("""
                UPDATE bookings SET status = 'ACCEPTED', provider_id = '%s'
                 WHERE status = 'PENDING'
                """.formatted(NURSE)))
                .as("a visit for a provider off duty").isInstanceOf(SQLException.class);
        assertThat(duties()).containsExactly(NURSE + " false 1 0", COURIER + " true 3 3");
    }

    private List<String> duties() throws SQLException {
        List<String> duties = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT provider_id, on_duty, capacity, active_visits FROM provider_duty ORDER BY provider_id")) {
            while (row.next()) {
                duties.add(row.getString("provider_id") + " " + row.getBoolean("on_duty") + " " + row.getInt("capacity")
                        + " " + row.getInt("active_visits"));
            }
        }
        return duties;
    }
}
