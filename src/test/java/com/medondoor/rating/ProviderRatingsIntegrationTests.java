package com.medondoor.rating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static com.medondoor.ProblemAssertions.expectInvalid;
import static com.medondoor.ProblemAssertions.expectProblem;
import static com.medondoor.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A provider's ratings page: the average, the count and the ratings, newest first. */
class ProviderRatingsIntegrationTests extends IntegrationTest {

    @Test
    void ratingsOfProviderThenAverageCountAndItemsNewestFirst() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        rateCompletedVisit(patient, nurse, 4, "Fine");
        rateCompletedVisit(patient, nurse, 5, "Excellent");

        Map<String, Object> page = json(api().get(ratingsOf(nurse.id()), patient).expectStatus().isOk());

        assertThat(page).as("ratings page of a provider rated 4 then 5")
                .containsEntry("average", 4.5)
                .containsEntry("count", 2)
                .containsEntry("page", 0)
                .containsEntry("size", 20)
                .containsEntry("total", 2);
        assertThat(items(page)).as("ratings, newest first")
                .extracting(item -> item.get("stars"), item -> item.get("review"))
                .containsExactly(tuple(5, "Excellent"),
                        tuple(4, "Fine"));
    }

    @Test
    void ratingsOfProviderThenAverageRoundedToTwoDecimalsAndPaged() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        rateCompletedVisit(patient, nurse, 4, "oldest");
        rateCompletedVisit(patient, nurse, 5, "middle");
        rateCompletedVisit(patient, nurse, 5, "newest");

        Map<String, Object> second = json(api().get(ratingsOf(nurse.id()) + "?page=1&size=2", patient)
                .expectStatus().isOk());

        assertThat(second).as("second page of a provider rated 4, 5, 5")
                .containsEntry("average", 4.67)
                .containsEntry("count", 3)
                .containsEntry("page", 1)
                .containsEntry("size", 2)
                .containsEntry("total", 3);
        assertThat(items(second)).as("the second page holds the oldest rating")
                .extracting(item -> item.get("review")).containsExactly("oldest");
    }

    @Test
    void ratingsOfUnratedProviderThenNullAverageAndNoItems() {
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);

        Map<String, Object> page = json(api().get(ratingsOf(nurse.id()), api().patient()).expectStatus().isOk());

        Map<String, Object> expected = new HashMap<>(Map.of("count", 0, "items", List.of(), "page", 0,
                "size", 20, "total", 0));
        expected.put("average", null);
        assertThat(page).as("ratings page of a provider nobody has rated").isEqualTo(expected);
    }

    @Test
    void meOfRatedProviderThenRatingSummary() {
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);
        rateCompletedVisit(patient, nurse, 3, null);
        rateCompletedVisit(patient, nurse, 4, null);

        api().get("/api/me", nurse).expectStatus().isOk().expectBody()
                .jsonPath("$.rating.average").isEqualTo(3.5)
                .jsonPath("$.rating.count").isEqualTo(2);
    }

    @Test
    void ratingsOfUnknownIdThenNotFound() {
        expectProblem(api().get(ratingsOf(UUID.randomUUID()), api().patient()), HttpStatus.NOT_FOUND);
    }

    @Test
    void ratingsOfAPatientThenNotFound() {
        Api.Account patient = api().patient();

        expectProblem(api().get(ratingsOf(patient.id()), api().patient()), HttpStatus.NOT_FOUND);
    }

    @Test
    void ratingsWithMalformedIdThenBadRequest() {
        expectInvalid(api().get("/api/providers/nobody/ratings", api().patient()), "id");
    }

    @Test
    void ratingsWithoutTokenThenUnauthorized() {
        Api.Account nurse = api().provider(ServiceType.NURSE_VISIT);

        expectProblem(api().get(ratingsOf(nurse.id()), null), HttpStatus.UNAUTHORIZED);
    }

    /** Books a nurse visit, has the nurse claim and complete it, and rates it. */
    private void rateCompletedVisit(Api.Account patient, Api.Account provider, int stars, String review) {
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(provider, booking);
        api().complete(provider, booking);
        Map<String, Object> body = new HashMap<>();
        body.put("stars", stars);
        body.put("review", review);
        api().post("/api/bookings/" + booking + "/rating", patient, body).expectStatus().isCreated();
    }

    private static String ratingsOf(UUID provider) {
        return "/api/providers/" + provider + "/ratings";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
