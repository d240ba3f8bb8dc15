package com.medondoor.live;

import static com.medondoor.live.EventChecks.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Suspending a provider puts the jobs they had accepted back in the pool, each an event like any other:
 * they reappear live on the boards of the other providers of the type, and their patients see them
 * waiting again. Jobs the provider completed stay theirs.
 */
class ReleasedJobsIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private DatabaseClient db;

    @Test
    void suspendedProvidersAcceptedJobsReappearLiveOnOtherBoardsWithTheirEvents() {
        // Couriers, who may hold three visits at once: this one holds two when suspended.
        Api.Account admin = api().admin();
        Api.Account patient = api().patient();
        Api.Account suspended = api().provider(ServiceType.MEDICINE_DELIVERY);
        Api.Account colleague = api().provider(ServiceType.MEDICINE_DELIVERY);
        JsonNode first = changes().claim(suspended, changes().book(patient, ServiceType.MEDICINE_DELIVERY));
        JsonNode second = changes().claim(suspended, changes().book(patient, ServiceType.MEDICINE_DELIVERY));
        JsonNode done = changes().complete(suspended, changes().claim(suspended,
                changes().book(patient, ServiceType.MEDICINE_DELIVERY)));

        live().jobs(colleague).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> api().post("/api/admin/providers/" + suspended.id() + "/suspend", admin,
                        Map.of("reason", "Complaint under review")).expectStatus().isOk().returnResult(Void.class))
                .assertNext(event -> assertThat(event.event()).isEqualTo("job.available"))
                .assertNext(event -> assertThat(event.event()).isEqualTo("job.available"))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);

        JsonNode board = LiveClient.json(api().get("/api/jobs/available", colleague).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(Set.copyOf(LiveClient.itemIds(board))).as("the colleague's board")
                .isEqualTo(Set.of(Changes.id(first), Changes.id(second)));
        for (JsonNode job : List.of(first, second)) {
            assertThat(events(job)).as("the released job's last event").last()
                    .isEqualTo("PENDING " + admin.id() + " null PROVIDER_SUSPENDED");
            JsonNode seen = LiveClient.json(api().get("/api/bookings/" + Changes.id(job), patient).expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
            assertThat(seen.get("status").asString() + " " + seen.get("provider")).as("what its patient sees")
                    .isEqualTo("PENDING null");
        }
        assertThat(events(done)).as("the completed job's last event").last()
                .isEqualTo("COMPLETED " + suspended.id() + " " + suspended.id() + " null");
        JsonNode history = LiveClient.json(api().get("/api/jobs/mine?status=COMPLETED", suspended).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(LiveClient.itemIds(history)).as("the suspended provider's history, still theirs to read")
                .containsExactly(Changes.id(done));
    }

    @Test
    void releasedJobIsTakenByAnotherProvider() {
        Api.Account patient = api().patient();
        Api.Account suspended = api().provider(ServiceType.MEDICINE_DELIVERY);
        JsonNode job = changes().claim(suspended, changes().book(patient, ServiceType.MEDICINE_DELIVERY));
        api().post("/api/admin/providers/" + suspended.id() + "/suspend", api().admin(), Map.of("reason", "Stolen bike"))
                .expectStatus().isOk().returnResult(Void.class);

        JsonNode taken = changes().claim(api().provider(ServiceType.MEDICINE_DELIVERY), job);

        assertThat(taken.get("status").asString()).isEqualTo("ACCEPTED");
        api().post("/api/jobs/" + Changes.id(job) + "/complete", suspended, null).expectStatus().isNotFound()
                .returnResult(Void.class);
    }

    private List<String> events(JsonNode booking) {
        return db.sql("SELECT status, actor_id, provider_id, reason FROM booking_events WHERE booking_id = :id ORDER BY id")
                .bind("id", UUID.fromString(Changes.id(booking)))
                .map(row -> row.get("status", String.class) + " " + row.get("actor_id", UUID.class) + " "
                        + row.get("provider_id", UUID.class) + " " + row.get("reason", String.class))
                .all().collectList().block(TIMEOUT);
    }

    private LiveClient live() {
        return new LiveClient(http);
    }

    private Changes changes() {
        return new Changes(api());
    }
}
