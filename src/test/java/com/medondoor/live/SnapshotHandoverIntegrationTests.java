package com.medondoor.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** No gap and no duplicate where a stream's snapshot hands over to its live events, under concurrent writes. */
class SnapshotHandoverIntegrationTests extends IntegrationTest {

    private static final ServiceType TYPE = ServiceType.MEDICINE_DELIVERY;
    private static final int WRITERS = 2;
    private static final int BOOKINGS_PER_WRITER = 30;
    private static final int STREAMS = 4;
    private static final String LAST = "last booking of the test";

    @Autowired
    private DatabaseClient db;

    @Autowired
    private ReactiveTransactionManager transactions;

    @Test
    void streamsOpenedDuringConcurrentBookingsSeeEveryBookingExactlyOnce() throws Exception {
        Api.Account patient = api().patient();
        Changes changes = new Changes(api());
        Semaphore booked = new Semaphore(0);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < BOOKINGS_PER_WRITER; i++) {
                    changes.book(patient, TYPE);
                    booked.release();
                }
            }));
        }
        List<List<ServerSentEvent<String>>> received = new ArrayList<>();
        List<StepVerifier> streams = new ArrayList<>();
        int step = WRITERS * BOOKINGS_PER_WRITER / (STREAMS + 1);
        for (int s = 0; s < STREAMS; s++) {
            assertThat(booked.tryAcquire(step, LiveClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("bookings written before stream %s opens", s).isTrue();
            List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
            received.add(events);
            streams.add(new LiveClient(http).jobs(api().provider(TYPE))
                    .takeUntil(event -> holds(event, LAST))
                    .as(StepVerifier::create)
                    .recordWith(() -> events)
                    .thenConsumeWhile(event -> true)
                    .expectComplete()
                    .verifyLater());
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        changes.book(patient, TYPE, LAST);
        for (StepVerifier stream : streams) {
            stream.verify(LiveClient.TIMEOUT);
        }

        List<String> pending = pendingBookingIds();
        assertThat(pending).as("bookings of the test (a snapshot holds at most 100)").hasSizeLessThanOrEqualTo(100);
        for (int s = 0; s < STREAMS; s++) {
            assertCoversExactlyOnce(received.get(s), pending, s);
        }
    }

    /**
     * A younger transaction's booking commits while an older event writer is still open: the stream's
     * snapshot shows it although its event is above the horizon. When the older writer commits, the
     * feed hands out that event; the stream must not send it again.
     */
    @Test
    void bookingCommittedAboveTheHorizonReachesTheStreamOnlyInItsSnapshot() {
        Api.Account patient = api().patient();
        Api.Account provider = api().provider(TYPE);
        Sinks.Empty<Void> olderWriterCommits = Sinks.empty();
        TransactionalOperator.create(transactions).transactional(
                db.sql("LOCK TABLE booking_events IN ROW EXCLUSIVE MODE").then()
                        .then(db.sql("SELECT pg_current_xact_id()").then())
                        .then(olderWriterCommits.asMono()))
                .subscribe();
        await("the older event writer holds its lock").atMost(LiveClient.TIMEOUT)
                .until(() -> eventWriters() == 1);
        Changes changes = new Changes(api());
        String marker = "booked after the older writer committed";
        String younger = changes.book(patient, TYPE, "booked while an older writer is open").get("id").asString();

        List<ServerSentEvent<String>> live = new CopyOnWriteArrayList<>();
        new LiveClient(http).jobs(provider)
                .takeUntil(event -> holds(event, marker))
                .doOnNext(event -> {
                    if (!"snapshot".equals(event.event())) {
                        live.add(event);
                    }
                })
                .as(StepVerifier::create)
                .assertNext(snapshot -> assertThat(LiveClient.itemIds(LiveClient.data(snapshot)))
                        .as("the snapshot shows the younger booking").contains(younger))
                .then(() -> {
                    olderWriterCommits.tryEmitEmpty();
                    changes.book(patient, TYPE, marker);
                })
                .thenConsumeWhile(event -> true)
                .expectComplete()
                .verify(LiveClient.TIMEOUT);

        assertThat(live).extracting(event -> LiveClient.data(event).get("id").asString())
                .as("bookings received live after the snapshot").doesNotContain(younger).hasSize(1);
    }

    private long eventWriters() {
        return db.sql("SELECT count(*) AS n FROM pg_locks WHERE relation = 'booking_events'::regclass AND mode = 'RowExclusiveLock' AND granted")
                .map(row -> row.get("n", Long.class)).one().block(LiveClient.TIMEOUT);
    }

    /**
     * Whether the event holds the booking with this need. A stream's request is sent when it is subscribed,
     * but on a busy machine the server may take its snapshot only after that booking: then the snapshot
     * holds it and no live event follows.
     */
    private static boolean holds(ServerSentEvent<String> event, String need) {
        JsonNode data = LiveClient.data(event);
        return "snapshot".equals(event.event())
                ? data.get("items").valueStream().anyMatch(item -> need.equals(item.path("need").asString(null)))
                : need.equals(data.path("need").asString(null));
    }

    private static void assertCoversExactlyOnce(List<ServerSentEvent<String>> events, List<String> pending, int s) {
        assertThat(events.get(0).event()).as("stream %s: first event", s).isEqualTo("snapshot");
        long horizon = LiveClient.id(events.get(0));
        List<String> seen = new ArrayList<>(LiveClient.itemIds(LiveClient.data(events.get(0))));
        long last = horizon;
        for (ServerSentEvent<String> event : events.subList(1, events.size())) {
            assertThat(event.event()).as("stream %s: live event %s", s, event.id()).isEqualTo("job.available");
            assertThat(LiveClient.id(event)).as("stream %s: live event id after %s", s, last).isGreaterThan(last);
            last = LiveClient.id(event);
            seen.add(LiveClient.data(event).get("id").asString());
        }
        assertThat(new HashSet<>(seen)).as("stream %s: no booking twice between snapshot and live", s)
                .hasSameSizeAs(seen);
        assertThat(seen).as("stream %s: snapshot and live events hold every booking", s)
                .containsExactlyInAnyOrderElementsOf(pending);
    }

    private List<String> pendingBookingIds() {
        return db.sql("SELECT id::text AS id FROM bookings WHERE service_type = :type AND status = 'PENDING'")
                .bind("type", TYPE.name())
                .map(row -> row.get("id", String.class)).all().collectList().block(LiveClient.TIMEOUT);
    }
}
