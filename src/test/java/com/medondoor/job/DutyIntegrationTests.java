package com.medondoor.job;

import static com.medondoor.ProblemAssertions.TYPES;
import static com.medondoor.ProblemAssertions.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.medondoor.Api;
import com.medondoor.Api.Account;
import com.medondoor.BookingRows;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import com.medondoor.job.RaceClient.Answer;
import com.medondoor.job.RaceClient.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A provider's shift: only on duty can they claim, and they hold at most their type's capacity of
 * visits at once, however many claims they send together; the count the database keeps always equals
 * the visits they hold.
 */
class DutyIntegrationTests extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private DatabaseClient db;

    @Test
    void verifiedProviderStartsOffDutyAndCannotClaim() {
        Account nurse = api().offDutyProvider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);

        assertThat(duty(nurse)).isEqualTo(Map.of("onDuty", false, "capacity", 1, "activeVisits", 0));
        expectProblem(api().post("/api/jobs/" + booking + "/claim", nurse, null), HttpStatus.CONFLICT)
                .jsonPath("$.type").isEqualTo(TYPES + "provider-off-duty");
        assertThat(BookingRows.status(db, booking)).as("a refused claim leaves the booking waiting").isEqualTo("PENDING");

        api().onDuty(nurse, true);
        api().claim(nurse, booking);
        assertThat(duty(nurse)).isEqualTo(Map.of("onDuty", true, "capacity", 1, "activeVisits", 1));
    }

    @Test
    void nurseHoldingAVisitIsRefusedAnotherUntilItIsDone() {
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID first = api().book(api().patient(), ServiceType.NURSE_VISIT);
        UUID second = api().book(api().patient(), ServiceType.NURSE_VISIT);
        api().claim(nurse, first);

        expectProblem(api().post("/api/jobs/" + second + "/claim", nurse, null), HttpStatus.CONFLICT)
                .jsonPath("$.type").isEqualTo(TYPES + "capacity-reached")
                .jsonPath("$.capacity").isEqualTo(1);
        assertThat(BookingRows.status(db, second)).isEqualTo("PENDING");

        api().complete(nurse, first);
        assertThat(duty(nurse).get("activeVisits")).as("a completed visit is no longer held").isEqualTo(0);
        api().claim(nurse, second);
        assertCountsMatchVisits();
    }

    @Test
    void goingOffDutyKeepsTheVisitsHeldAndStopsNewClaims() {
        Account courier = api().provider(ServiceType.MEDICINE_DELIVERY);
        UUID held = api().book(api().patient(), ServiceType.MEDICINE_DELIVERY);
        UUID next = api().book(api().patient(), ServiceType.MEDICINE_DELIVERY);
        api().claim(courier, held);

        api().onDuty(courier, false);
        assertThat(duty(courier)).isEqualTo(Map.of("onDuty", false, "capacity", 3, "activeVisits", 1));
        expectProblem(api().post("/api/jobs/" + next + "/claim", courier, null), HttpStatus.CONFLICT)
                .jsonPath("$.type").isEqualTo(TYPES + "provider-off-duty");
        api().complete(courier, held);
        assertThat(duty(courier).get("activeVisits")).isEqualTo(0);
    }

    @Test
    void providerNoAdministratorVerifiedCannotGoOnDutyButMayGoOff() {
        Account unverified = api().unverifiedProvider(ServiceType.DOCTOR_CONSULTATION);

        expectProblem(api().put("/api/jobs/duty", unverified, Map.of("onDuty", true)), HttpStatus.FORBIDDEN)
                .jsonPath("$.type").isEqualTo(TYPES + "provider-not-verified");
        api().onDuty(unverified, false);
        assertThat(duty(unverified)).isEqualTo(Map.of("onDuty", false, "capacity", 1, "activeVisits", 0));
    }

    @Test
    void suspensionGivesBackTheVisitsAndTheirCountAndEndsTheShift() {
        Account nurse = api().provider(ServiceType.NURSE_VISIT);
        UUID booking = api().book(api().patient(), ServiceType.NURSE_VISIT);
        api().claim(nurse, booking);

        api().post("/api/admin/providers/" + nurse.id() + "/suspend", api().admin(), Map.of("reason", "Complaint"))
                .expectStatus().isOk().returnResult(Void.class);

        assertThat(BookingRows.status(db, booking)).isEqualTo("PENDING");
        assertCountsMatchVisits();
        api().post("/api/admin/providers/" + nurse.id() + "/reinstate", api().admin(), Map.of("reason", "Cleared"))
                .expectStatus().isOk().returnResult(Void.class);
        assertThat(duty(nurse)).as("a suspension ends the shift; being reinstated does not start one")
                .isEqualTo(Map.of("onDuty", false, "capacity", 1, "activeVisits", 0));
    }

    /** Every claim at once, as a provider pressing Accept on the whole board would send them. */
    @ParameterizedTest(name = "{0} with capacity {1}")
    @CsvSource({"NURSE_VISIT, 1", "MEDICINE_DELIVERY, 3"})
    void claimsOfOneProviderAtOnceWinNoMoreThanTheCapacity(ServiceType type, int capacity) throws Exception {
        Account provider = api().provider(type);
        Api.Account patient = api().patient();
        List<UUID> bookings = IntStream.range(0, 12).mapToObj(i -> api().book(patient, type)).toList();

        List<Answer> answers;
        try (RaceClient race = new RaceClient(port, bookings.size())) {
            answers = race.postAllAtOnce(bookings.stream()
                    .map(booking -> new Call(provider, "/api/jobs/" + booking + "/claim")).toList());
        }

        assertThat(answers.stream().filter(answer -> answer.status() == 200).count()).as("claims won").isEqualTo(capacity);
        assertThat(answers).filteredOn(answer -> answer.status() != 200)
                .as("every other claim is refused for capacity")
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(409);
                    assertThat(answer.body().get("type")).isEqualTo(TYPES + "capacity-reached");
                });
        assertThat(db.sql("SELECT count(*) AS held FROM bookings WHERE provider_id = :provider AND status = 'ACCEPTED'")
                .bind("provider", provider.id()).map(row -> row.get("held", Long.class)).one().block())
                .isEqualTo(capacity);
        assertCountsMatchVisits();
    }

    private Map<String, Object> duty(Account provider) {
        return api().get("/api/jobs/duty", provider).expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    private void assertCountsMatchVisits() {
        List<String> wrong = db.sql("""
                SELECT duty.provider_id::text AS provider
                  FROM provider_duty duty
                 WHERE duty.active_visits <> (SELECT count(*) FROM bookings b
                                               WHERE b.provider_id = duty.provider_id
                                                 AND b.status IN ('ACCEPTED', 'EN_ROUTE', 'IN_PROGRESS'))
                """).map(row -> row.get("provider", String.class)).all().collectList().block();
        assertThat(wrong).as("providers whose count of visits held differs from their bookings").isEmpty();
    }
}
