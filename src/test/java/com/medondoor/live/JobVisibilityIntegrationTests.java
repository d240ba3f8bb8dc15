package com.medondoor.live;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.ConnectableFlux;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five uses of {@code job.JobVisibility} show every provider the same bookings: the job list, the
 * claim, and the job stream's snapshot, replay and live filter. Bookings of every service type in every
 * status, providers of every type (two of one); each use's own status condition applies (the list and
 * the snapshot take PENDING bookings; the claim, the replay and the live stream tell of any booking the
 * provider may see, the latter two through their events). Here, beside the stream's helpers: three of
 * the five are the stream's.
 */
class JobVisibilityIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    private final Map<String, String> statusById = new LinkedHashMap<>();
    private final Map<ServiceType, String> lastBookingOf = new EnumMap<>(ServiceType.class);

    @BeforeEach
    void noOtherBookings() {
        // The list and the snapshot show the oldest bookings first: none but this scene's may come before.
        db.sql("TRUNCATE idempotency_keys, ratings, booking_events, bookings").then().block(LiveClient.TIMEOUT);
    }

    @Test
    void listSnapshotClaimReplayAndLiveFilterShowEachProviderTheSameBookings() {
        Api.Account[] patients = {api().patient(), api().patient()};
        Map<Api.Account, ServiceType> providers = new LinkedHashMap<>();
        for (ServiceType type : ServiceType.values()) {
            providers.put(api().provider(type), type);
        }
        providers.put(api().provider(ServiceType.NURSE_VISIT), ServiceType.NURSE_VISIT);
        changes().book(patients[0], ServiceType.DOCTOR_CONSULTATION);

        Map<Api.Account, ConnectableFlux<ServerSentEvent<String>>> live = new LinkedHashMap<>();
        List<Disposable> open = new ArrayList<>();
        long first = 0;
        for (Api.Account provider : providers.keySet()) {
            ConnectableFlux<ServerSentEvent<String>> stream = live().jobs(provider).replay();
            open.add(stream.connect());
            // Its snapshot: the stream has joined the feed; from the event it reflects, a reconnection replays.
            first = LiveClient.id(stream.next().block(LiveClient.TIMEOUT));
            live.put(provider, stream);
        }
        long start = first;
        Map<Api.Account, Seen> seen = new LinkedHashMap<>();
        try {
            buildScene(patients, providers);
            providers.forEach((provider, type) -> seen.put(provider, see(provider, type, live.get(provider), start)));
        }
        finally {
            open.forEach(Disposable::dispose);
        }
        // Claims last: a claim that wins changes what the others see.
        providers.forEach((provider, type) -> agree(provider.name() + " (" + type + ")", seen.get(provider),
                claimable(provider)));
    }

    /** For each type: two PENDING bookings, one COMPLETED, one ACCEPTED, one CANCELLED; then the last one. */
    private void buildScene(Api.Account[] patients, Map<Api.Account, ServiceType> providers) {
        int n = 0;
        for (ServiceType type : ServiceType.values()) {
            Api.Account provider = providers.entrySet().stream().filter(entry -> entry.getValue() == type)
                    .findFirst().orElseThrow().getKey();
            // Completed before the one held: a doctor or a nurse holds one visit at once.
            for (String status : List.of("PENDING", "PENDING", "COMPLETED", "ACCEPTED", "CANCELLED")) {
                Api.Account patient = patients[n++ % 2];
                JsonNode booking = changes().book(patient, type);
                switch (status) {
                    case "ACCEPTED" -> changes().claim(provider, booking);
                    case "COMPLETED" -> changes().complete(provider, changes().claim(provider, booking));
                    case "CANCELLED" -> changes().cancel(patient, booking);
                    default -> {
                    }
                }
                statusById.put(Changes.id(booking), status);
            }
        }
        // Not in the scene: each stream reads up to the last booking of its provider's type.
        for (ServiceType type : ServiceType.values()) {
            lastBookingOf.put(type, Changes.id(changes().book(patients[0], type)));
        }
    }

    /** What the stream (live, replayed, its snapshot) and the list show a provider. */
    private Seen see(Api.Account provider, ServiceType type, Flux<ServerSentEvent<String>> live, long start) {
        Predicate<ServerSentEvent<String>> last = event -> "job.available".equals(event.event())
                && lastBookingOf.get(type).equals(LiveClient.data(event).get("id").asString());
        List<String> liveFrames = scene(live.skip(1).takeUntil(last).collectList().block(LiveClient.TIMEOUT));
        List<ServerSentEvent<String>> replayed = live().jobs(provider, Long.toString(start)).takeUntil(last)
                .collectList().block(LiveClient.TIMEOUT);
        assertThat(replayed.get(0).event()).as("%s: a reconnection from the first event is replayed", provider.name())
                .isNotEqualTo("snapshot");
        List<String> snapshot = inScene(LiveClient.itemIds(
                LiveClient.data(live().jobs(provider).next().block(LiveClient.TIMEOUT))));
        JsonNode page = LiveClient.json(api().get("/api/jobs/available?size=100", provider).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(page.get("total").asLong()).as("%s: the list's count", provider.name())
                .isEqualTo(page.get("items").size());
        return new Seen(liveFrames, scene(replayed), snapshot, inScene(LiveClient.itemIds(page)));
    }

    private void agree(String who, Seen seen, Set<String> claimable) {
        Set<String> pending = new TreeSet<>(statusById.keySet());
        pending.removeIf(id -> !statusById.get(id).equals("PENDING"));
        assertThat(new TreeSet<>(seen.list())).as("%s: the list shows some PENDING bookings, not all", who)
                .isNotEmpty().isSubsetOf(pending).isNotEqualTo(pending);
        assertThat(seen.snapshot()).as("%s: the stream's snapshot is the list", who).isEqualTo(seen.list());
        assertThat(claimable).as("%s: the claim takes what the list shows, and refuses the rest", who)
                .filteredOn(pending::contains).containsExactlyInAnyOrderElementsOf(seen.list());
        assertThat(bookingsOf(seen.replay())).as("%s: the replay tells of the bookings the claim does not refuse", who)
                .isEqualTo(claimable);
        assertThat(bookingsOf(seen.live())).as("%s: the live stream tells of the bookings the claim does not refuse", who)
                .isEqualTo(claimable);
        assertThat(seen.replay()).as("%s: the replay is what the live stream sent", who).isEqualTo(seen.live());
    }

    /** The bookings a claim does not refuse as invisible: won (200) or lost to their status (409), not 403. */
    private Set<String> claimable(Api.Account provider) {
        Set<String> claimable = new TreeSet<>();
        for (String id : statusById.keySet()) {
            int status = api().post("/api/jobs/" + id + "/claim", provider, null).expectBody().returnResult()
                    .getStatus().value();
            assertThat(status).as("claim of %s by %s", id, provider.name()).isIn(200, 403, 409);
            if (status != 403) {
                claimable.add(id);
            }
        }
        return claimable;
    }

    /** The frames of the scene's bookings, as text: id, event, data. */
    private List<String> scene(List<ServerSentEvent<String>> frames) {
        return frames.stream().filter(frame -> statusById.containsKey(LiveClient.data(frame).get("id").asString()))
                .map(frame -> frame.id() + " " + frame.event() + " " + frame.data()).toList();
    }

    private List<String> inScene(List<String> ids) {
        return ids.stream().filter(statusById::containsKey).toList();
    }

    private static Set<String> bookingsOf(List<String> frames) {
        Set<String> ids = new TreeSet<>();
        frames.forEach(frame -> ids.add(LiveClient.json(frame.substring(frame.indexOf('{'))).get("id").asString()));
        return ids;
    }

    private LiveClient live() {
        return new LiveClient(http);
    }

    private Changes changes() {
        return new Changes(api());
    }

    /** Frames as text (id, event, data) and booking ids, of the scene's bookings only. */
    private record Seen(List<String> live, List<String> replay, List<String> snapshot, List<String> list) {
    }
}
