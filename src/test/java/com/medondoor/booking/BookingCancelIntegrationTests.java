package com.medondoor.booking;

import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.NettyLeaks;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.expectStatusConflict;

/** A patient cancels a booking only while it is PENDING, and only their own. */
@ExtendWith(NettyLeaks.class)
class BookingCancelIntegrationTests extends IntegrationTest {

    @Test
    void cancelPendingThenCancelled() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);

        cancel(booking, patient).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(booking.toString())
                .jsonPath("$.status").isEqualTo("CANCELLED")
                .jsonPath("$.provider").isEmpty();
        expectStatusOf(booking, patient, "CANCELLED");
    }

    @Test
    void cancelTwiceThenConflictSayingCancelled() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        cancel(booking, patient).expectStatus().isOk().returnResult(Void.class);

        expectStatusConflict(cancel(booking, patient), "CANCELLED");
    }

    @Test
    void cancelWithoutAReasonAfterProviderClaimedThenBadRequestNamingTheReason() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(api().provider(ServiceType.NURSE_VISIT), booking);

        expectInvalid(cancel(booking, patient), "reason");
        expectStatusOf(booking, patient, "ACCEPTED");
    }

    @Test
    void cancelAfterCompletedThenConflictSayingCompleted() {
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        api().claim(provider, booking);
        api().complete(provider, booking);

        expectStatusConflict(cancel(booking, patient), "COMPLETED");
    }

    @Test
    void cancelSomeoneElsesBookingThenNotFoundAndStillPending() {
        Api.Account owner = api().patient();
        UUID booking = api().book(owner, ServiceType.NURSE_VISIT);

        expectProblem(cancel(booking, api().patient()), HttpStatus.NOT_FOUND);
        expectStatusOf(booking, owner, "PENDING");
    }

    @Test
    void cancelUnknownBookingThenNotFound() {
        expectProblem(cancel(UUID.randomUUID(), api().patient()), HttpStatus.NOT_FOUND);
    }

    @Test
    void cancelWithMalformedIdThenBadRequest() {
        expectInvalid(api().post("/api/bookings/42/cancel", api().patient(), null), "id");
    }

    private WebTestClient.ResponseSpec cancel(UUID booking, Api.Account caller) {
        return api().post("/api/bookings/" + booking + "/cancel", caller, null);
    }

    private void expectStatusOf(UUID booking, Api.Account owner, String expected) {
        api().get("/api/bookings/" + booking, owner).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo(expected);
    }
}
