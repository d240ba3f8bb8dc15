package com.medondoor.live;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that stops reading has its stream ended, and never holds back anyone else. The buffer is
 * small but holds a few of the reader's batches: with room for only two events, a reader on a busy
 * machine, still taking in a batch of 32 kB events, had its own stream ended (seen in a CI run). The
 * streams are a patient's: only they carry a booking's notes, which make events large (a provider's job
 * events hold no private details, so no more than a few hundred bytes each).
 */
@TestPropertySource(properties = {"medondoor.live.subscriber-buffer=32", "medondoor.live.heartbeat=100ms"})
@DirtiesContext
class SlowSubscriberIntegrationTests extends IntegrationTest {

    private static final String LAST = "last booking of the test";
    /**
     * Enough ~32 kB events to fill a stalled connection's socket buffers and every queue behind them
     * (a few hundred events of Reactor prefetch, and the stream's own 32); about 460 did with a buffer of two.
     */
    private static final int BOOKINGS = 1000;
    private static final int BATCH = 10;

    @LocalServerPort
    private int port;

    @Autowired
    private DatabaseClient db;

    @Test
    void stalledSubscribersStreamEndsWhileAnotherReceivesEveryEvent() throws Exception {
        Api.Account patient = api().patient();
        ServiceType type = ServiceType.NURSE_VISIT;
        try (StalledClient stalled = new StalledClient(port, LiveClient.BOOKINGS, patient.token())) {
            assertThat(stalled.head()).as("stalled client's response head").startsWith("HTTP/1.1 200");

            List<ServerSentEvent<String>> received = floodWhileReading(patient, type);

            List<String> jobs = received.subList(1, received.size()).stream()
                    .map(event -> event.event() + " " + LiveClient.data(event).get("id").asString()).toList();
            assertThat(jobs).as("the reading subscriber's live events").hasSize(BOOKINGS + 1);
            assertThat(new HashSet<>(jobs)).as("the reading subscriber's live events, each booking once")
                    .isEqualTo(new HashSet<>(pendingBookingIds(patient).stream().map(id -> "booking.updated " + id).toList()));
            String rest = stalled.readToEnd(LiveClient.TIMEOUT);
            assertThat(Pattern.compile("^event:booking\\.updated$", Pattern.MULTILINE).matcher(rest).results().count())
                    .as("events the stalled subscriber got before its stream was ended").isLessThan(BOOKINGS + 1);
        }
    }

    @Test
    void stalledSubscriberDoesNotHoldBackOthersHeartbeats() throws Exception {
        Api.Account patient = api().patient();
        ServiceType type = ServiceType.DOCTOR_CONSULTATION;
        try (StalledClient stalled = new StalledClient(port, LiveClient.BOOKINGS, patient.token())) {
            assertThat(stalled.head()).as("stalled client's response head").startsWith("HTTP/1.1 200");
            floodWhileReading(patient, type);

            // More heartbeats than the stalled stream could have buffered on its way (32).
            new LiveClient(http).raw(LiveClient.BOOKINGS, api().patient(), null)
                    .filter(LiveClient::isKeepAlive)
                    .take(50)
                    .as(StepVerifier::create)
                    .expectNextCount(50)
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            stalled.readToEnd(LiveClient.TIMEOUT);
        }
    }

    /**
     * Books {@link #BOOKINGS} large bookings and a last one, a batch at a time, each batch once a reading
     * subscriber (the patient's stream) has the previous one: it keeps up by construction, while nobody
     * reads a stalled connection. Returns what the reader got, snapshot first. Each test floods its own
     * patient's stream: a snapshot of a hundred such bookings would be too large for the test client's codecs.
     */
    private List<ServerSentEvent<String>> floodWhileReading(Api.Account patient, ServiceType type)
            throws InterruptedException {
        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        Semaphore delivered = new Semaphore(0);
        StepVerifier reader = new LiveClient(http).bookings(patient)
                .doOnNext(event -> delivered.release())
                .takeUntil(event -> LAST.equals(LiveClient.data(event).path("need").asString(null)))
                .as(StepVerifier::create)
                .recordWith(() -> received)
                .thenConsumeWhile(event -> true)
                .expectComplete()
                .verifyLater();
        assertThat(delivered.tryAcquire(LiveClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("snapshot").isTrue();
        for (int booked = 0; booked < BOOKINGS; booked += BATCH) {
            new BulkBookings(db).book(patient, type, BATCH);
            assertThat(delivered.tryAcquire(BATCH, LiveClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("reading subscriber got bookings %s to %s", booked, booked + BATCH).isTrue();
        }
        new Changes(api()).book(patient, type, LAST);
        reader.verify(LiveClient.TIMEOUT);
        return received;
    }

    private List<String> pendingBookingIds(Api.Account patient) {
        return db.sql("SELECT id::text AS id FROM bookings WHERE patient_id = :patient AND status = 'PENDING'")
                .bind("patient", patient.id())
                .map(row -> row.get("id", String.class)).all().collectList().block(LiveClient.TIMEOUT);
    }
}
