package com.medondoor.booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.medondoor.MigrationDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V13: bookings made before it keep their one-line address, the previous release can still
 * book that way during the rollout, and every row holds either that line or the address in parts with a
 * phone and a need, never both and never neither.
 */
class StructuredAddressMigrationIntegrationTests {

    private static final String PATIENT = "00000000-0000-0000-0000-00000000000a";
    /** A booking in parts as this release writes it: each column and its SQL value. */
    private static final Map<String, String> PARTS = parts();

    private static Map<String, String> parts() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("patient_id", "'" + PATIENT + "'");
        columns.put("service_type", "'NURSE_VISIT'");
        columns.put("street", "'12 Rose Street'");
        columns.put("postcode", "'10115'");
        columns.put("city", "'Berlin'");
        columns.put("district", "'Mitte'");
        columns.put("country", "'DE'");
        columns.put("phone", "'+49301234567'");
        columns.put("need", "'Wound dressing'");
        return columns;
    }

    /** An insert of a booking in parts, with {@code column} set to {@code value} (SQL; NULL leaves it out). */
    private static String insert(String column, String value) {
        Map<String, String> columns = new LinkedHashMap<>(PARTS);
        columns.put(column, value);
        columns.values().remove("NULL");
        return "INSERT INTO bookings (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + String.join(", ", columns.values()) + ")";
    }

    private MigrationDatabase database;

    @BeforeEach
    void databaseBeforeV13() throws SQLException {
        database = new MigrationDatabase();
        database.migrate("12");
        database.execute("""
                INSERT INTO users (id, name, email, password_hash, role) VALUES ('%s', 'Pat', 'pat@example.test', 'x', 'USER');
                INSERT INTO bookings (patient_id, service_type, address, notes)
                VALUES ('%s', 'NURSE_VISIT', '4 Elm Road, Springfield', 'Ring twice');
                """.formatted(PATIENT, PATIENT));
        database.migrate(null);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aBookingMadeBeforeKeepsItsAddressAsOneLine() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT * FROM booking_views")) {
            assertThat(row.next()).as("the booking made before V13").isTrue();
            assertThat(row.getString("address")).as("its address").isEqualTo("4 Elm Road, Springfield");
            assertThat(row.getString("street")).as("its street").isNull();
            assertThat(row.getString("phone")).as("its phone").isNull();
            assertThat(row.getString("patient_name")).as("booking_views still names the patient").isEqualTo("Pat");
        }
    }

    @Test
    void thePreviousReleaseStillBooksWithOneLineAndThisOneWithParts() {
        assertThatCode(() -> database.execute("""
                INSERT INTO bookings (patient_id, service_type, address) VALUES ('%s', 'NURSE_VISIT', '1 Elm Row')
                """.formatted(PATIENT))).as("a booking as the previous release makes it").doesNotThrowAnyException();
        assertThatCode(() -> database.execute(insert("flat", "'2nd floor'"))).as("a booking in parts")
                .doesNotThrowAnyException();
    }

    static Stream<Arguments> refusedRows() {
        return Stream.of(
                Arguments.of("neither a line nor parts",
                        "INSERT INTO bookings (patient_id, service_type) VALUES ('" + PATIENT + "', 'NURSE_VISIT')"),
                Arguments.of("both a line and parts", insert("address", "'1 Elm Row'")),
                Arguments.of("a line and a street only", "INSERT INTO bookings (patient_id, service_type, address, "
                        + "street) VALUES ('" + PATIENT + "', 'NURSE_VISIT', '1 Elm Row', '1 Elm Row')"),
                Arguments.of("parts without a postcode", insert("postcode", "NULL")),
                Arguments.of("parts without a phone", insert("phone", "NULL")),
                Arguments.of("parts without a need", insert("need", "NULL")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRows")
    void aRowWithNeitherOrBothOrIncompletePartsIsRefused(String what, String insert) {
        assertThatThrownBy(() -> database.execute(insert)).as(what).isInstanceOf(SQLException.class)
                .hasMessageContaining("bookings_address_check");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"'+49 30 1234567'", "'0301234567'", "'+0301234567'", "'+4930123456789012'"})
    void aPhoneNotInE164IsRefused(String phone) {
        assertThatThrownBy(() -> database.execute(insert("phone", phone))).as(phone).isInstanceOf(SQLException.class)
                .hasMessageContaining("bookings_phone_check");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"'de'", "'DEU'", "''"})
    void aCountryNotInTwoCapitalsIsRefused(String country) {
        assertThatThrownBy(() -> database.execute(insert("country", country))).as(country).isInstanceOf(SQLException.class)
                .hasMessageContaining("bookings_country_check");
    }
}
