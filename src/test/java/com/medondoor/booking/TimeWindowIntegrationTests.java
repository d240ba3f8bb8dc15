package com.medondoor.booking;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A booking for as soon as possible, or for a window in the visit's time zone; a start alone opens a
 * window of the default length, as the older {@code scheduledFor} does. Windows that already ended,
 * start too far ahead or last too long are refused, and boards show the most urgent first.
 */
class TimeWindowIntegrationTests extends IntegrationTest {

    private static final Instant TOMORROW = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Test
    void windowIsKeptWithItsZoneAndIsWhenTheBookingExpires() {
        Map<String, Object> booking = book(Map.of("windowStart", TOMORROW.toString(),
                "windowEnd", TOMORROW.plus(Duration.ofHours(3)).toString(), "timeZone", "America/Sao_Paulo"));

        assertThat(booking).containsEntry("windowStart", TOMORROW.toString())
                .containsEntry("scheduledFor", TOMORROW.toString())
                .containsEntry("windowEnd", TOMORROW.plus(Duration.ofHours(3)).toString())
                .containsEntry("timeZone", "America/Sao_Paulo")
                .containsEntry("expiresAt", TOMORROW.plus(Duration.ofHours(3)).toString());
    }

    @Test
    void startAloneOrTheOlderScheduledForOpensAWindowOfTheDefaultLength() {
        for (String field : List.of("windowStart", "scheduledFor")) {
            Map<String, Object> booking = book(Map.of(field, TOMORROW.toString()));

            assertThat(booking).as(field).containsEntry("windowStart", TOMORROW.toString())
                    .containsEntry("windowEnd", TOMORROW.plus(Duration.ofHours(2)).toString())
                    .containsEntry("timeZone", "UTC");
        }
    }

    @Test
    void asSoonAsPossibleHasNoWindowAndWaitsTheConfiguredTime() {
        Map<String, Object> booking = book(Map.of());

        assertThat(booking).containsEntry("windowStart", null).containsEntry("windowEnd", null);
        assertThat(Duration.between(Instant.parse((String) booking.get("createdAt")),
                Instant.parse((String) booking.get("expiresAt")))).isEqualTo(Duration.ofHours(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ended an hour ago         | windowStart | -PT3H  | -PT1H | Europe/Berlin
            ended just now            | windowEnd   | -PT4M  | -PT1M | Europe/Berlin
            began ten minutes ago     | windowStart | -PT10M | PT2H  | Europe/Berlin
            starts before it ends     | windowEnd   | PT26H  | PT25H | Europe/Berlin
            lasts longer than a day   | windowEnd   | PT24H  | PT49H | Europe/Berlin
            starts a hundred days out | windowStart | P100D  |       | Europe/Berlin
            unknown zone              | timeZone    | PT24H  |       | Mars/Olympus
            offset for a zone         | timeZone    | PT24H  |       | +02:00
            """)
    void windowOutOfBoundsIsRefusedNamingTheField(String what, String field, String start, String end, String zone) {
        Instant now = Instant.now();
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.put("windowStart", now.plus(Duration.parse(start)).toString());
        if (end != null) {
            request.put("windowEnd", now.plus(Duration.parse(end)).toString());
        }
        request.put("timeZone", zone);

        expectInvalid(api().post("/api/bookings", api().patient(), request), field);
    }

    @Test
    void endWithoutStartOrBothNamesOfTheStartAreRefused() {
        Map<String, Object> endOnly = Api.booking(ServiceType.NURSE_VISIT);
        endOnly.put("windowEnd", TOMORROW.toString());
        Map<String, Object> both = Api.booking(ServiceType.NURSE_VISIT);
        both.put("windowStart", TOMORROW.toString());
        both.put("scheduledFor", TOMORROW.toString());

        expectInvalid(api().post("/api/bookings", api().patient(), endOnly), "windowStart");
        expectInvalid(api().post("/api/bookings", api().patient(), both), "scheduledFor");
    }

    @Test
    void boardShowsAsSoonAsPossibleFirstThenByTheWindowsStart() {
        Account patient = api().patient();
        Account doctor = api().provider(ServiceType.DOCTOR_CONSULTATION);
        UUID later = book(patient, Map.of("windowStart", TOMORROW.plus(Duration.ofHours(5)).toString()));
        UUID sooner = book(patient, Map.of("windowStart", TOMORROW.toString()));
        UUID now = book(patient, Map.of());

        Map<String, Object> board = json(api().get("/api/jobs/available?size=100", doctor).expectStatus().isOk());
        List<Object> ids = ((List<Map<String, Object>>) board.get("items")).stream().map(item -> item.get("id")).toList();
        assertThat(ids).containsSubsequence(now.toString(), sooner.toString(), later.toString());
    }

    private Map<String, Object> book(Map<String, Object> when) {
        Map<String, Object> request = Api.booking(ServiceType.NURSE_VISIT);
        request.putAll(when);
        return json(api().post("/api/bookings", api().patient(), request).expectStatus().isCreated());
    }

    private UUID book(Account patient, Map<String, Object> when) {
        Map<String, Object> request = Api.booking(ServiceType.DOCTOR_CONSULTATION);
        request.putAll(when);
        return UUID.fromString((String) json(api().post("/api/bookings", patient, request).expectStatus().isCreated())
                .get("id"));
    }
}
