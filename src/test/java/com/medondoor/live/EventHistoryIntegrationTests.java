package com.medondoor.live;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event shows the booking as its change left it, whatever happens to the booking afterwards. The
 * bookings are changed behind the service's back, in SQL, the way a release, a reassignment or a new
 * visit time will change them, and rated: a replay still sends exactly the frames sent live.
 */
class EventHistoryIntegrationTests extends IntegrationTest {

    /** Couriers, who may hold three visits at once: the one of the story holds two. */
    private static final ServiceType TYPE = ServiceType.MEDICINE_DELIVERY;
    /** A: booked for a time, claimed. B: cancelled. C: claimed, set off, arrived, completed. D: claimed. */
    private static final int BOOKING_UPDATES = 11;
    /** The same to the provider who took A, C and D: each step of their own visits too. */
    private static final int JOB_EVENTS = 11;

    @Autowired
    private DatabaseClient db;

    private Api.Account patient;
    private Api.Account nurse;
    private Api.Account otherNurse;
    private final List<JsonNode> booked = new ArrayList<>();

    @BeforeEach
    void accounts() {
        patient = api().patient();
        nurse = api().provider(TYPE);
        otherNurse = api().provider(TYPE);
        // An event before the stream opens, so that its snapshot's id is one a reconnection can resume from.
        changes().book(api().patient(), TYPE);
    }

    @Test
    void bookingUpdatesReplayedAfterLaterChangesAreTheFramesSentLive() {
        everyFrameTheSameAfterLaterChanges(BOOKING_UPDATES, (client, lastEventId) -> client.bookings(patient, lastEventId));
    }

    @Test
    void jobEventsReplayedAfterLaterChangesAreTheFramesSentLive() {
        everyFrameTheSameAfterLaterChanges(JOB_EVENTS, (client, lastEventId) -> client.jobs(nurse, lastEventId));
    }

    private void everyFrameTheSameAfterLaterChanges(int count,
            BiFunction<LiveClient, String, Flux<ServerSentEvent<String>>> stream) {
        AtomicLong start = new AtomicLong();
        List<String> live = new ArrayList<>();
        stream.apply(live(), null).map(EventHistoryIntegrationTests::text).as(StepVerifier::create)
                .consumeNextWith(snapshot -> start.set(Long.parseLong(snapshot.substring(0, snapshot.indexOf('\n')))))
                .then(this::changeThroughTheApi)
                .recordWith(() -> live)
                .expectNextCount(count)
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
        String lastEventId = Long.toString(start.get());
        List<String> before = replay(stream.apply(live(), lastEventId), count);

        changeLaterInSql();
        rate(booked.get(2));

        assertThat(before).as("a replay sends the frames sent live").isEqualTo(live);
        assertThat(replay(stream.apply(live(), lastEventId), count))
                .as("a replay after the bookings changed again, and one was rated, sends the same frames")
                .isEqualTo(live);
    }

    /** A is booked for a time and claimed; B cancelled; C claimed and completed; D claimed. */
    private void changeThroughTheApi() {
        Map<String, Object> timed = Api.booking(TYPE);
        timed.put("scheduledFor", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        JsonNode a = LiveClient.json(api().post("/api/bookings", patient, timed)
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());
        changes().claim(nurse, a);
        JsonNode b = changes().book(patient, TYPE);
        changes().cancel(patient, b);
        JsonNode c = changes().book(patient, TYPE);
        changes().claim(nurse, c);
        changes().complete(nurse, c);
        JsonNode d = changes().book(patient, TYPE);
        changes().claim(nurse, d);
        booked.addAll(List.of(a, b, c, d));
    }

    /** A is handed to another nurse for the next day; D is released: as later features will do. */
    private void changeLaterInSql() {
        db.sql("""
                UPDATE bookings
                   SET provider_id = :other, scheduled_for = scheduled_for + interval '1 day',
                       window_end = window_end + interval '1 day', updated_at = now()
                 WHERE id = :a
                """)
                .bind("other", otherNurse.id())
                .bind("a", UUID.fromString(Changes.id(booked.get(0))))
                .fetch().rowsUpdated().block(LiveClient.TIMEOUT);
        db.sql("UPDATE bookings SET status = 'PENDING', provider_id = NULL, updated_at = now() WHERE id = :d")
                .bind("d", UUID.fromString(Changes.id(booked.get(3))))
                .fetch().rowsUpdated().block(LiveClient.TIMEOUT);
        JsonNode a = booking(booked.get(0));
        assertThat(a.get("provider").get("id").asString()).as("A's provider now").isEqualTo(otherNurse.id().toString());
        assertThat(a.get("scheduledFor")).as("A's visit time now").isNotEqualTo(booked.get(0).get("scheduledFor"));
        assertThat(booking(booked.get(3)).get("status").asString()).as("D's status now").isEqualTo("PENDING");
    }

    private void rate(JsonNode booking) {
        api().post("/api/bookings/" + Changes.id(booking) + "/rating", patient, Map.of("stars", 5))
                .expectStatus().isCreated().returnResult(Void.class);
        assertThat(booking(booking).get("rating").get("stars").asInt()).as("C's rating now").isEqualTo(5);
    }

    private JsonNode booking(JsonNode booking) {
        return LiveClient.json(api().get("/api/bookings/" + Changes.id(booking), patient)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    /** The first {@code count} frames of a reconnection: all replayed, none a snapshot. */
    private static List<String> replay(Flux<ServerSentEvent<String>> stream, int count) {
        List<String> frames = stream.take(count).map(EventHistoryIntegrationTests::text).collectList()
                .block(LiveClient.TIMEOUT);
        assertThat(frames).as("frames replayed from Last-Event-ID").hasSize(count)
                .noneMatch(frame -> frame.contains("\nsnapshot\n"));
        return frames;
    }

    private static String text(ServerSentEvent<String> frame) {
        return frame.id() + "\n" + frame.event() + "\n" + frame.data();
    }

    private LiveClient live() {
        return new LiveClient(http);
    }

    private Changes changes() {
        return new Changes(api());
    }
}
