package com.medondoor.live;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.NettyLeaks;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.live.EventChecks.available;
import static com.medondoor.live.EventChecks.await;
import static com.medondoor.live.EventChecks.snapshot;
import static com.medondoor.live.EventChecks.updated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patient's rating reaches, live, the provider who did the visit ({@code job.rated}: the visit, the
 * rating and their summary) and the patient's own streams ({@code booking.updated}, rated); no other provider.
 */
@ExtendWith(NettyLeaks.class)
class RatingStreamIntegrationTests extends IntegrationTest {

    private static final ServiceType TYPE = ServiceType.NURSE_VISIT;

    @Autowired
    private DatabaseClient db;

    private LiveClient live() {
        return new LiveClient(http);
    }

    private Changes changes() {
        return new Changes(api());
    }

    @Test
    void ratingReachesTheVisitsProviderAsJobRatedWithTheVisitTheRatingAndTheirSummary() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        changes().rate(patient, completed(patient, provider), 3, "Late but kind");
        JsonNode visit = completed(patient, provider);
        CompletableFuture<JsonNode> rating = new CompletableFuture<>();

        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> rating.complete(changes().rate(patient, visit, 5, "On time and gentle")))
                .assertNext(rated(visit, rating, provider).andThen(event -> assertThat(LiveClient.data(event).get("summary"))
                        .as("summary after ratings of 3 and 5 stars")
                        .isEqualTo(LiveClient.json("{\"average\":4.0,\"count\":2}"))))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void anotherProviderNeverSeesTheRating() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        Api.Account rival = api().provider(TYPE);
        JsonNode visit = completed(patient, provider);
        CompletableFuture<JsonNode> next = new CompletableFuture<>();

        live().jobs(rival).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    changes().rate(patient, visit, 4, "Fine");
                    next.complete(changes().book(patient, TYPE));
                })
                // Events come in id order: the rating, had it been sent, would have come before this one.
                .assertNext(available(next))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void ratingReachesThePatientsStreamAsTheirBookingRated() {
        Api.Account patient = api().patient();
        JsonNode visit = completed(patient, api().provider(TYPE));
        CompletableFuture<JsonNode> rated = new CompletableFuture<>();

        live().bookings(patient).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    changes().rate(patient, visit, 2, "Forgot the prescription");
                    rated.complete(booking(patient, visit));
                })
                .assertNext(updated(rated).andThen(event -> assertThat(LiveClient.data(event).path("rating").path("stars").asInt())
                        .as("stars of the booking.updated after the rating").isEqualTo(2)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void ratingGivenWhileTheProviderWasAwayIsReplayedOnReconnection() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        JsonNode visit = completed(patient, provider);
        long[] lastSeen = new long[1];
        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot().andThen(event -> lastSeen[0] = LiveClient.id(event)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);

        CompletableFuture<JsonNode> rating = CompletableFuture.completedFuture(changes().rate(patient, visit, 5, "Thank you"));

        live().jobs(provider, Long.toString(lastSeen[0])).as(StepVerifier::create)
                .assertNext(rated(visit, rating, provider))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void ratingOfAVisitCompletedOverADayAgoShowsTheVisitWithoutThePatientsDetails() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        JsonNode visit = completed(patient, provider);
        db.sql("UPDATE bookings SET updated_at = now() - interval '25 hours' WHERE id = :id::uuid")
                .bind("id", Changes.id(visit)).fetch().rowsUpdated().block(LiveClient.TIMEOUT);
        CompletableFuture<JsonNode> rating = new CompletableFuture<>();

        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> rating.complete(changes().rate(patient, visit, 1, "Rude")))
                .assertNext(rated(visit, rating, provider).andThen(event -> assertThat(List.of(
                                LiveClient.data(event).at("/job/patient"), LiveClient.data(event).at("/job/address")))
                        .as("the patient and address of a visit completed a day ago, as its provider sees them")
                        .allMatch(JsonNode::isNull)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    /**
     * A {@code job.rated} of the visit whose parts are what the provider reads on a reload: the visit as
     * their history has it, the rating as the newest on their ratings page, their summary as that page's.
     */
    private Consumer<ServerSentEvent<String>> rated(JsonNode visit, CompletableFuture<JsonNode> rating, Api.Account provider) {
        return event -> {
            await(rating);
            JsonNode data = LiveClient.data(event);
            assertThat(event.event() + " " + data.path("job").path("id").asString())
                    .as("expected job.rated of visit %s", Changes.id(visit))
                    .isEqualTo("job.rated " + Changes.id(visit));
            assertThat(data.get("job")).as("job.rated's visit is the history's").isEqualTo(historyEntry(provider, visit));
            JsonNode page = get("/api/providers/" + provider.id() + "/ratings", provider);
            assertThat(data.get("rating")).as("job.rated's rating is the newest on the ratings page")
                    .isEqualTo(page.get("items").get(0));
            assertThat(data.get("rating").get("id")).as("rating id").isEqualTo(rating.join().get("id"));
            assertThat(data.get("summary")).as("job.rated's summary is the ratings page's")
                    .isEqualTo(LiveClient.json("{\"average\":" + page.get("average") + ",\"count\":" + page.get("count") + "}"));
        };
    }

    private JsonNode historyEntry(Api.Account provider, JsonNode visit) {
        JsonNode history = get("/api/jobs/mine?status=COMPLETED&size=100", provider);
        return history.get("items").valueStream().filter(job -> job.get("id").equals(visit.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("visit " + Changes.id(visit) + " not in the provider's history"));
    }

    private JsonNode booking(Api.Account patient, JsonNode booking) {
        return get("/api/bookings/" + Changes.id(booking), patient);
    }

    private JsonNode get(String path, Api.Account caller) {
        return LiveClient.json(api().get(path, caller).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode completed(Api.Account patient, Api.Account provider) {
        JsonNode booking = changes().book(patient, TYPE);
        changes().claim(provider, booking);
        return changes().complete(provider, booking);
    }
}
