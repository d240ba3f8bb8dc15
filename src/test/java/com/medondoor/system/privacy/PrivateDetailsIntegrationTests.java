package com.medondoor.system.privacy;

import java.time.Duration;
import java.util.UUID;

import com.medondoor.Api.Account;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking's private details (the patient's name, the street, postcode and flat, the phone and the notes)
 * asked for through every request path by every kind of caller: its patient, another patient, the provider
 * who holds the visit, another provider of its type, a provider of another type, and the provider after
 * they completed it a day ago, after the visit was taken from them, or after their suspension. They are
 * found only where the patient and the provider holding the visit look. The live streams are in
 * {@link PrivateDetailsStreamIntegrationTests}, the logs in {@code RequestLogIntegrationTests}.
 */
class PrivateDetailsIntegrationTests extends IntegrationTest {

    private static final ServiceType TYPE = ServiceType.NURSE_VISIT;
    private static final ServiceType OTHER = ServiceType.MEDICINE_DELIVERY;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    private Account patient;
    private Account otherPatient;
    private Account nurse;
    private Account otherNurse;
    private Account courier;
    private PrivateBooking booking;

    @BeforeEach
    void scene() {
        patient = api().patient();
        otherPatient = api().patient();
        nurse = api().provider(TYPE);
        otherNurse = api().provider(TYPE);
        courier = api().provider(OTHER);
        booking = PrivateBooking.book(api(), patient, TYPE);
    }

    @Test
    void beforeAClaimProvidersOfTheTypeSeeTheAreaAndNeedOnlyAndTheOthersNothing() {
        booking.assertAreaOnlyIn(ok("/api/jobs/available?size=100", nurse), "the job list of a provider of the type");
        booking.assertHiddenFrom(ok("/api/jobs/available?size=100", courier), "the job list of another type's provider");
        booking.assertHiddenFrom(ok("/api/jobs/mine", nurse), "mine of a provider who holds nothing");
        booking.assertShownIn(ok("/api/bookings/" + booking.id(), patient), "the booking read by its patient");
        booking.assertShownIn(ok("/api/bookings", patient), "the patient's list");
        booking.assertHiddenFrom(answer(api().get("/api/bookings/" + booking.id(), otherPatient), HttpStatus.NOT_FOUND),
                "the 404 another patient gets");
        booking.assertHiddenFrom(ok("/api/bookings", otherPatient), "another patient's list");
    }

    @Test
    void theWinnerOfTheClaimGetsTheDetailsAndTheLosersNeither() {
        booking.assertHiddenFrom(answer(claim(courier), HttpStatus.FORBIDDEN), "the 403 to another type's provider");

        booking.assertShownIn(answer(claim(nurse), HttpStatus.OK), "the claim's answer to its winner");

        booking.assertHiddenFrom(answer(claim(otherNurse), HttpStatus.CONFLICT), "the 409 to a provider who lost");
        booking.assertHiddenFrom(ok("/api/jobs/available?size=100", otherNurse), "the job list after the claim");
        booking.assertShownIn(ok("/api/jobs/mine", nurse), "mine of the provider holding the visit");
        booking.assertHiddenFrom(ok("/api/jobs/mine", otherNurse), "mine of another provider of the type");
        booking.assertHiddenFrom(answer(complete(otherNurse), HttpStatus.NOT_FOUND), "the 404 to a stranger completing");
        booking.assertShownIn(ok("/api/bookings/" + booking.id(), patient), "the claimed booking read by its patient");
    }

    @Test
    void theProviderKeepsTheDetailsForADayAfterCompletingThenLosesThem() {
        api().claim(nurse, booking.id());
        booking.assertShownIn(answer(api().post("/api/jobs/" + booking.id() + "/en-route", nurse, null), HttpStatus.OK),
                "the answer to setting off");
        booking.assertShownIn(ok("/api/jobs/mine", nurse), "mine of the provider on the way");
        booking.assertShownIn(answer(api().post("/api/jobs/" + booking.id() + "/arrive", nurse, null), HttpStatus.OK),
                "the answer to arriving");
        booking.assertShownIn(answer(complete(nurse), HttpStatus.OK), "the completion's answer");
        booking.assertShownIn(ok("/api/jobs/mine?status=COMPLETED", nurse), "the history, just completed");
        booking.assertHiddenFrom(answer(complete(nurse), HttpStatus.CONFLICT), "the 409 of a second completion");

        sql("UPDATE bookings SET updated_at = now() - interval '24 hours 1 minute' WHERE id = :id");

        booking.assertAreaOnlyIn(ok("/api/jobs/mine?status=COMPLETED", nurse), "the history a day after completion");
        booking.assertShownIn(ok("/api/bookings/" + booking.id(), patient), "the booking read by its patient then");
    }

    @Test
    void aProviderWhoseVisitIsTakenFromThemLosesTheDetailsAtOnce() {
        api().claim(nurse, booking.id());
        // Handed to another provider, as an administrator's reassignment will.
        sql("UPDATE bookings SET provider_id = :provider, updated_at = now() WHERE id = :id", otherNurse);

        booking.assertHiddenFrom(ok("/api/jobs/mine", nurse), "mine of the provider it was taken from");
        booking.assertShownIn(ok("/api/jobs/mine", otherNurse), "mine of the provider it was handed to");

        // Released back to the pool, as a release or a suspension will.
        sql("UPDATE bookings SET status = 'PENDING', provider_id = NULL, updated_at = now() WHERE id = :id");

        booking.assertHiddenFrom(ok("/api/jobs/mine", otherNurse), "mine of the provider who released it");
        booking.assertAreaOnlyIn(ok("/api/jobs/available?size=100", nurse), "the job list once it is released");
        booking.assertShownIn(answer(claim(nurse), HttpStatus.OK), "the answer to whoever claims it again");
    }

    @Test
    void aSuspendedProviderLosesTheDetailsOfTheVisitsTheyCompleted() {
        api().claim(nurse, booking.id());
        api().complete(nurse, booking.id());

        sql("""
                UPDATE users SET verification = 'SUSPENDED', verification_reason = 'Complaint', verification_changed = now()
                 WHERE id = :provider AND EXISTS (SELECT FROM bookings WHERE id = :id)
                """, nurse);

        booking.assertAreaOnlyIn(ok("/api/jobs/mine?status=COMPLETED", nurse), "the history of a suspended provider");
    }

    @Test
    void aBookingMadeBeforeAddressesHadPartsShowsItsOneLineOnlyWhereItsDetailsGo() {
        String line = "7 Old Mill Road " + UUID.randomUUID() + ", Springfield";
        UUID legacy = db.sql("""
                WITH booked AS (
                    INSERT INTO bookings (patient_id, service_type, address, notes)
                    VALUES (:patient, :type, :line, 'Ring twice')
                    RETURNING id, status, patient_id
                ), recorded AS (
                    INSERT INTO booking_events (booking_id, status, actor_id) SELECT id, status, patient_id FROM booked
                )
                SELECT id FROM booked
                """).bind("patient", patient.id()).bind("type", TYPE.name()).bind("line", line)
                .map(row -> row.get("id", UUID.class)).one().block(TIMEOUT);

        String own = ok("/api/bookings/" + legacy, patient);
        assertThat(own).as("the legacy booking read by its patient").contains("\"line\":\"" + line + "\"")
                .contains("\"area\":null", "\"street\":null", "\"phone\":null", "\"need\":null");
        assertThat(ok("/api/jobs/available?size=100", nurse)).as("the job list of a provider of the type")
                .contains(legacy.toString()).doesNotContain(line).doesNotContain("Old Mill Road");
        assertThat(answer(claim(nurse, legacy), HttpStatus.OK)).as("the answer to the claim of the legacy booking")
                .contains(line);
    }

    private WebTestClient.ResponseSpec claim(Account provider, UUID id) {
        return api().post("/api/jobs/" + id + "/claim", provider, null);
    }

    private WebTestClient.ResponseSpec claim(Account provider) {
        return api().post("/api/jobs/" + booking.id() + "/claim", provider, null);
    }

    private WebTestClient.ResponseSpec complete(Account provider) {
        return api().post("/api/jobs/" + booking.id() + "/complete", provider, null);
    }

    private String ok(String path, Account caller) {
        return answer(api().get(path, caller), HttpStatus.OK);
    }

    private static String answer(WebTestClient.ResponseSpec response, HttpStatus status) {
        String body = response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(body).as("an answer with a body").isNotNull();
        return body;
    }

    /** Changes the booking behind the service's back, as features still to come will. */
    private void sql(String statement) {
        long changed = db.sql(statement).bind("id", booking.id()).fetch().rowsUpdated().block(TIMEOUT);
        assertThat(changed).as("rows changed by %s", statement).isEqualTo(1);
    }

    private void sql(String statement, Account provider) {
        long changed = db.sql(statement).bind("id", booking.id()).bind("provider", provider.id())
                .fetch().rowsUpdated().block(TIMEOUT);
        assertThat(changed).as("rows changed by %s", statement).isEqualTo(1);
    }
}
