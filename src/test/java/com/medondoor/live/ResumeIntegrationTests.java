package com.medondoor.live;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static com.medondoor.live.EventChecks.available;
import static com.medondoor.live.EventChecks.removed;
import static com.medondoor.live.EventChecks.snapshot;
import static com.medondoor.live.EventChecks.updated;
import static org.assertj.core.api.Assertions.assertThat;

class ResumeIntegrationTests extends IntegrationTest {

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
    void reconnectWithLastEventIdReplaysMissedJobEventsOnceInOrderThenGoesLive() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        Api.Account rival = api().provider(TYPE);
        CompletableFuture<JsonNode> first = new CompletableFuture<>();
        CompletableFuture<JsonNode> second = new CompletableFuture<>();
        EventChecks.Order before = new EventChecks.Order();
        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> first.complete(changes().book(patient, TYPE)))
                .assertNext(before.then(available(first)))
                .then(() -> second.complete(changes().book(patient, TYPE)))
                .assertNext(before.then(available(second)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);

        changes().claim(rival, first.join());
        JsonNode third = changes().book(patient, TYPE);
        changes().claim(api().provider(OTHER), changes().book(patient, OTHER));
        changes().cancel(patient, second.join());
        changes().complete(rival, first.join());
        List<Long> missed = jobEventIdsAfter(before.last());

        CompletableFuture<JsonNode> fourth = new CompletableFuture<>();
        EventChecks.Order after = new EventChecks.Order();
        live().jobs(provider, Long.toString(before.last())).as(StepVerifier::create)
                .assertNext(after.then(removed(first.join(), "CLAIMED")))
                .assertNext(after.then(available(third)))
                .assertNext(after.then(removed(second.join(), "CANCELLED")))
                .then(() -> fourth.complete(changes().book(patient, TYPE)))
                .assertNext(after.then(available(fourth)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);

        assertThat(after.ids().subList(0, 3)).as("replayed ids: every missed event of the type, once, in order")
                .isEqualTo(missed);
        assertThat(after.ids().get(0)).as("first replayed id after Last-Event-ID").isGreaterThan(before.last());
    }

    @Test
    void reconnectWithLastEventIdReplaysMissedBookingUpdatesThenGoesLive() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(OTHER);
        CompletableFuture<JsonNode> booked = new CompletableFuture<>();
        EventChecks.Order before = new EventChecks.Order();
        live().bookings(patient).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> booked.complete(changes().book(patient, OTHER)))
                .assertNext(before.then(updated(booked)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);

        JsonNode accepted = changes().claim(provider, booked.join());
        changes().book(api().patient(), OTHER);
        JsonNode onTheWay = changes().setOff(provider, booked.join());
        JsonNode arrived = changes().arrive(provider, booked.join());
        JsonNode completed = changes().finish(provider, booked.join());
        JsonNode next = changes().book(patient, OTHER);

        CompletableFuture<JsonNode> cancelled = new CompletableFuture<>();
        EventChecks.Order after = new EventChecks.Order();
        live().bookings(patient, Long.toString(before.last())).as(StepVerifier::create)
                .assertNext(after.then(updated(accepted)))
                .assertNext(after.then(updated(onTheWay)))
                .assertNext(after.then(updated(arrived)))
                .assertNext(after.then(updated(completed)))
                .assertNext(after.then(updated(next)))
                .then(() -> cancelled.complete(changes().cancel(patient, next)))
                .assertNext(after.then(updated(cancelled)))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);

        assertThat(after.ids().get(0)).as("first replayed id after Last-Event-ID").isGreaterThan(before.last());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "999999999"})
    void lastEventIdThatIsNoEventThenFreshSnapshot(String lastEventId) {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        changes().book(patient, TYPE);

        live().jobs(provider, lastEventId).as(StepVerifier::create)
                .assertNext(freshSnapshotOf(provider))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void lastEventIdOlderThanReplayWindowThenFreshSnapshot() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        changes().book(patient, TYPE);
        long old = newestEventId();
        changes().book(patient, TYPE);
        db.sql("UPDATE booking_events SET occurred_at = now() - interval '2 hours' WHERE id = :id")
                .bind("id", old).fetch().rowsUpdated().block(LiveClient.TIMEOUT);

        live().jobs(provider, Long.toString(old)).as(StepVerifier::create)
                .assertNext(freshSnapshotOf(provider))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    private Consumer<ServerSentEvent<String>> freshSnapshotOf(Api.Account provider) {
        JsonNode available = LiveClient.json(api().get("/api/jobs/available?size=100", provider)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
        long newest = newestEventId();
        return snapshot().andThen(event -> {
            assertThat(LiveClient.data(event)).as("snapshot is /api/jobs/available?size=100").isEqualTo(available);
            assertThat(LiveClient.id(event)).as("snapshot id is the newest event id").isEqualTo(newest);
        });
    }

    /**
     * The ids a provider of {@link #TYPE} should get after {@code id} of other providers' visits: only the
     * changes that put a job on the board or take it off; a visit's progress goes to its provider alone.
     */
    private List<Long> jobEventIdsAfter(long id) {
        return db.sql("""
                SELECT e.id FROM booking_events e JOIN bookings b ON b.id = e.booking_id
                 WHERE e.id > :after AND b.service_type = :type
                   AND e.status IN ('PENDING', 'ACCEPTED', 'CANCELLED', 'EXPIRED')
                 ORDER BY e.id
                """)
                .bind("after", id).bind("type", TYPE.name())
                .map(row -> row.get("id", Long.class)).all().collectList().block(LiveClient.TIMEOUT);
    }

    private long newestEventId() {
        return db.sql("SELECT max(id) AS newest FROM booking_events").map(row -> row.get("newest", Long.class))
                .one().block(LiveClient.TIMEOUT);
    }
}
