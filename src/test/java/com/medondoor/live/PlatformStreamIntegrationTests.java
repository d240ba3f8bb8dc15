package com.medondoor.live;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.ProblemAssertions.assertProblem;
import static com.medondoor.live.EventChecks.await;
import static com.medondoor.live.EventChecks.updated;
import static com.medondoor.live.EventChecks.withoutPrivateDetails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' stream of every booking: it starts with the bookings waiting too long, then sends
 * each change of any booking, without private details.
 */
class PlatformStreamIntegrationTests extends IntegrationTest {

    private static final String PATH = "/api/admin/bookings/stream";
    private static final ServiceType TYPE = ServiceType.NURSE_VISIT;

    @Autowired
    private DatabaseClient db;

    @Test
    void administratorGetsTheWaitingBookingsThenEveryChangeWithoutPrivateDetails() {
        Api.Account admin = api().admin();
        Api.Account patient = api().patient();
        Api.Account nurse = api().provider(TYPE);
        Changes changes = new Changes(api());
        String waiting = Changes.id(changes.book(patient, TYPE));
        changes.book(patient, TYPE);
        db.sql("UPDATE bookings SET created_at = now() - interval '2 hours' WHERE id = :id").bind("id", UUID.fromString(waiting))
                .then().block(LiveClient.TIMEOUT);
        CompletableFuture<JsonNode> booked = new CompletableFuture<>();
        CompletableFuture<JsonNode> claimed = new CompletableFuture<>();

        new LiveClient(http).events(PATH, admin, null).as(StepVerifier::create)
                .assertNext(snapshot -> {
                    assertThat(snapshot.event()).isEqualTo("snapshot");
                    JsonNode page = LiveClient.data(snapshot);
                    assertThat(LiveClient.itemIds(page)).as("bookings waiting too long").containsExactly(waiting);
                    assertThat(page.get("items").get(0).get("phone").isNull()).as("the waiting booking's phone is hidden").isTrue();
                })
                .then(() -> booked.complete(changes.book(patient, TYPE)))
                .assertNext(event -> updated(withoutPrivateDetails(await(booked))).accept(event))
                .then(() -> claimed.complete(changes.claim(nurse, booked.join())))
                .assertNext(event -> updated(withoutPrivateDetails(await(claimed))).accept(event))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void patientOrProviderThenForbidden() {
        for (Api.Account caller : new Api.Account[] { api().patient(), api().provider(TYPE) }) {
            assertProblem(api().get(PATH, caller), HttpStatus.FORBIDDEN, "forbidden");
        }
    }
}
