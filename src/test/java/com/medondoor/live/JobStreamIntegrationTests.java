package com.medondoor.live;

import java.util.concurrent.CompletableFuture;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.NettyLeaks;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.live.EventChecks.available;
import static com.medondoor.live.EventChecks.removed;
import static com.medondoor.live.EventChecks.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(NettyLeaks.class)
class JobStreamIntegrationTests extends IntegrationTest {

    private static final ServiceType TYPE = ServiceType.NURSE_VISIT;
    private static final ServiceType OTHER = ServiceType.DOCTOR_CONSULTATION;

    @Autowired
    private DatabaseClient db;

    private LiveClient live() {
        return new LiveClient(http);
    }

    private Changes changes() {
        return new Changes(api());
    }

    @Test
    void snapshotIsTheProvidersAvailableJobsAsOfTheNewestEvent() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        JsonNode pending = changes().book(patient, TYPE);
        JsonNode claimed = changes().book(patient, TYPE);
        changes().claim(api().provider(TYPE), claimed);
        JsonNode cancelled = changes().book(patient, TYPE);
        changes().cancel(patient, cancelled);
        JsonNode otherType = changes().book(patient, OTHER);
        JsonNode available = LiveClient.json(api().get("/api/jobs/available?size=100", provider)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot().andThen(event -> {
                    assertThat(LiveClient.itemIds(LiveClient.data(event))).as("snapshot job ids")
                            .contains(Changes.id(pending))
                            .doesNotContain(Changes.id(claimed), Changes.id(cancelled), Changes.id(otherType));
                    assertThat(LiveClient.data(event)).as("snapshot is /api/jobs/available?size=100")
                            .isEqualTo(available);
                    assertThat(LiveClient.id(event)).as("snapshot id is the newest event id").isEqualTo(newestEventId());
                }))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void bookingCreatedAfterConnectingArrivesAsJobAvailable() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        CompletableFuture<JsonNode> booking = new CompletableFuture<>();

        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> booking.complete(changes().book(patient, TYPE)))
                .assertNext(available(booking))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void claimAndCancelArriveAsJobRemovedInIdOrderAndOtherTypesNever() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        Api.Account rival = api().provider(TYPE);
        Api.Account otherProvider = api().provider(OTHER);
        CompletableFuture<JsonNode> claimed = new CompletableFuture<>();
        CompletableFuture<JsonNode> cancelled = new CompletableFuture<>();
        CompletableFuture<JsonNode> last = new CompletableFuture<>();
        EventChecks.Order order = new EventChecks.Order();

        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    changes().claim(otherProvider, changes().book(patient, OTHER));
                    claimed.complete(changes().book(patient, TYPE));
                })
                .assertNext(order.then(available(claimed)))
                .then(() -> changes().claim(rival, claimed.join()))
                .assertNext(order.then(removed(claimed, "CLAIMED")))
                .then(() -> {
                    changes().complete(rival, claimed.join());
                    changes().cancel(patient, changes().book(patient, OTHER));
                    cancelled.complete(changes().book(patient, TYPE));
                })
                .assertNext(order.then(available(cancelled)))
                .then(() -> changes().cancel(patient, cancelled.join()))
                .assertNext(order.then(removed(cancelled, "CANCELLED")))
                .then(() -> {
                    changes().book(patient, OTHER);
                    last.complete(changes().book(patient, TYPE));
                })
                // Events come in id order: an event of another type, or of the completion, would
                // have come before this one.
                .assertNext(order.then(available(last)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void patientOnJobStreamThenForbiddenProblem() {
        http.get().uri(LiveClient.JOBS).headers(h -> h.setBearerAuth(api().patient().token()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.type").isNotEmpty();
    }

    @Test
    void anonymousOnJobStreamThenUnauthorizedProblem() {
        http.get().uri(LiveClient.JOBS).accept(MediaType.TEXT_EVENT_STREAM)
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
