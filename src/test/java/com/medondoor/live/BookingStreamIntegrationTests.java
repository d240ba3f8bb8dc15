package com.medondoor.live;

import java.util.concurrent.CompletableFuture;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.live.EventChecks.snapshot;
import static com.medondoor.live.EventChecks.updated;
import static org.assertj.core.api.Assertions.assertThat;

class BookingStreamIntegrationTests extends IntegrationTest {

    private static final ServiceType TYPE = ServiceType.MEDICINE_DELIVERY;

    @Autowired
    private DatabaseClient db;

    private LiveClient live() {
        return new LiveClient(http);
    }

    private Changes changes() {
        return new Changes(api());
    }

    @Test
    void patientSeesPendingThenAcceptedWithProviderNameThenCompleted() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        CompletableFuture<JsonNode> pending = new CompletableFuture<>();
        CompletableFuture<JsonNode> accepted = new CompletableFuture<>();
        CompletableFuture<JsonNode> onTheWay = new CompletableFuture<>();
        CompletableFuture<JsonNode> arrived = new CompletableFuture<>();
        CompletableFuture<JsonNode> completed = new CompletableFuture<>();
        EventChecks.Order order = new EventChecks.Order();

        live().bookings(patient).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> pending.complete(changes().book(patient, TYPE)))
                .assertNext(order.then(updated(pending)))
                .then(() -> accepted.complete(changes().claim(provider, pending.join())))
                .assertNext(order.then(updated(accepted).andThen(event -> assertThat(LiveClient.data(event).get("provider"))
                        .as("provider of the ACCEPTED booking")
                        .isEqualTo(LiveClient.json("{\"id\":\"" + provider.id() + "\",\"name\":\"" + provider.name() + "\"}")))))
                .then(() -> onTheWay.complete(changes().setOff(provider, pending.join())))
                .assertNext(order.then(updated(onTheWay)))
                .then(() -> arrived.complete(changes().arrive(provider, pending.join())))
                .assertNext(order.then(updated(arrived)))
                .then(() -> completed.complete(changes().finish(provider, pending.join())))
                .assertNext(order.then(updated(completed)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void anotherPatientsBookingsNeverArrive() {
        Api.Account patient = api().patient();
        Api.Account stranger = api().patient();
        Api.Account provider = api().provider(TYPE);
        CompletableFuture<JsonNode> own = new CompletableFuture<>();

        live().bookings(patient).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    JsonNode theirs = changes().book(stranger, TYPE);
                    changes().claim(provider, theirs);
                    changes().complete(provider, theirs);
                    changes().cancel(stranger, changes().book(stranger, TYPE));
                    own.complete(changes().book(patient, TYPE));
                })
                // Events come in id order: any of the stranger's would have come before this one.
                .assertNext(updated(own))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void snapshotHoldsOnlyThePatientsUnfinishedBookings() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        JsonNode pending = changes().book(patient, TYPE);
        JsonNode accepted = changes().claim(provider, changes().book(patient, TYPE));
        JsonNode completed = changes().book(patient, TYPE);
        changes().claim(provider, completed);
        changes().complete(provider, completed);
        JsonNode cancelled = changes().cancel(patient, changes().book(patient, TYPE));
        JsonNode strangers = changes().book(api().patient(), TYPE);

        live().bookings(patient).as(StepVerifier::create)
                .assertNext(snapshot().andThen(event -> {
                    JsonNode page = LiveClient.data(event);
                    assertThat(LiveClient.itemIds(page)).as("snapshot booking ids")
                            .containsExactlyInAnyOrder(Changes.id(pending), Changes.id(accepted))
                            .doesNotContain(Changes.id(completed), Changes.id(cancelled), Changes.id(strangers));
                    assertThat(page.get("total").asLong()).as("snapshot total").isEqualTo(2);
                    assertThat(page.get("items")).as("snapshot items are the bookings as they are now")
                            .containsExactlyInAnyOrder(pending, accepted);
                    assertThat(LiveClient.id(event)).as("snapshot id is the newest event id").isEqualTo(newestEventId());
                }))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void providerOnBookingStreamThenForbiddenProblem() {
        http.get().uri(LiveClient.BOOKINGS).headers(h -> h.setBearerAuth(api().provider(TYPE).token()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.type").isNotEmpty();
    }

    @Test
    void anonymousOnBookingStreamThenUnauthorizedProblem() {
        http.get().uri(LiveClient.BOOKINGS).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.type").isNotEmpty();
    }

    private long newestEventId() {
        return db.sql("SELECT max(id) AS newest FROM booking_events").map(row -> row.get("newest", Long.class))
                .one().block(LiveClient.TIMEOUT);
    }
}
