package com.medondoor.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.medondoor.account.ServiceType;
import com.medondoor.booking.BookingStatus;
import com.medondoor.booking.BookingView;
import com.medondoor.live.LiveStream.Offer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** One stream on its own, as the feed, the heartbeat and shutdown drive it. */
class LiveStreamTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Frame OPEN = Frame.comment("open", Duration.ofSeconds(3));
    private static final Frame SHUTDOWN = Frame.comment("shutdown", Duration.ofSeconds(3));

    private final AtomicInteger releases = new AtomicInteger();

    @Test
    void liveEventsWaitForTheStartAndThoseUpToItsHorizonAreDropped() {
        LiveStream stream = stream(2, opened -> {
            opened.push(OPEN);
            opened.offer(event(5));
            opened.offer(event(7));
            opened.start(List.of(Frame.event(6, "snapshot", "{}")), Reflected.upTo(6));
            opened.offer(event(6));
            opened.offer(event(8));
        });
        Flux.from(stream).map(Frame::id).as(StepVerifier::create)
                .expectNext(Frame.NO_ID, 6L, 7L, 8L)
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void liveEventsOfChangesTheSnapshotSawCommittedAboveItsHorizonAreDropped() {
        LiveStream stream = stream(3, opened -> {
            opened.push(OPEN);
            opened.offer(event(9));
            opened.start(List.of(Frame.event(6, "snapshot", "{}")), new Reflected(6, Set.of(9L, 11L)));
            opened.offer(event(7));
            opened.offer(event(11));
            opened.offer(event(12));
        });
        Flux.from(stream).map(Frame::id).as(StepVerifier::create)
                .expectNext(Frame.NO_ID, 6L, 7L, 12L)
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void streamThatLetsLiveEventsPileUpIsFullAndTakesNoMore() {
        LiveStream stream = stream(2, opened -> opened.push(OPEN));
        StepVerifier verifier = Flux.from(stream).as(StepVerifier::create)
                .expectNext(OPEN)
                .expectComplete()
                .verifyLater();
        assertThat(List.of(stream.offer(event(1)), stream.offer(event(2)), stream.offer(event(3))))
                .as("offers to a stream of 2 that has not started").containsExactly(Offer.QUEUED, Offer.QUEUED, Offer.FULL);
        stream.end(null);
        verifier.verify(TIMEOUT);
        assertThat(stream.offer(event(4))).as("offer to an ended stream").isEqualTo(Offer.SKIPPED);
    }

    @Test
    void heartbeatOnlyWhenNothingIsWaiting() {
        LiveStream stream = stream(2, opened -> opened.push(OPEN));
        StepVerifier.create(Flux.from(stream), 0)
                .then(() -> stream.heartbeat(Frame.KEEP_ALIVE))
                .thenRequest(1)
                .expectNext(OPEN)
                .then(() -> stream.heartbeat(Frame.KEEP_ALIVE))
                .then(() -> stream.heartbeat(Frame.KEEP_ALIVE))
                .thenRequest(2)
                .expectNext(Frame.KEEP_ALIVE)
                .expectNoEvent(Duration.ofMillis(100))
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void endDropsWhatIsWaitingAndSendsItsLastFrameThenCompletes() {
        LiveStream stream = stream(2, opened -> {
            opened.push(OPEN);
            opened.start(List.of(Frame.event(6, "snapshot", "{}")), Reflected.upTo(6));
        });
        StepVerifier.create(Flux.from(stream), 0)
                .then(() -> stream.end(SHUTDOWN))
                .then(() -> stream.end(null))
                .thenRequest(1)
                .expectNext(SHUTDOWN)
                .expectComplete()
                .verify(TIMEOUT);
        assertThat(releases).as("releases of a stream ended twice").hasValue(1);
    }

    @Test
    void cancelledStreamIsReleasedOnce() {
        LiveStream stream = stream(2, opened -> opened.push(OPEN));
        Flux.from(stream).as(StepVerifier::create)
                .expectNext(OPEN)
                .thenCancel()
                .verify(TIMEOUT);
        stream.end(SHUTDOWN);
        assertThat(releases).as("releases of a stream cancelled, then ended").hasValue(1);
    }

    private LiveStream stream(int capacity, Consumer<LiveStream> onSubscribe) {
        return new LiveStream(LiveEvent.Kind.BOOKINGS, capacity, Instant.now().plusSeconds(60), opened -> {
            opened.interest(new Audience(event -> true, Mono::empty, after -> Flux.empty(), booking -> true));
            onSubscribe.accept(opened);
        }, released -> releases.incrementAndGet());
    }

    private static LiveEvent event(long id) {
        return new LiveEvent(new BookingEvent(id, new BookingView(UUID.randomUUID(), ServiceType.NURSE_VISIT,
                BookingStatus.PENDING, null, null, new BookingView.Address(null, null, null, null, null, null, "12 Rose Street"), null, null, null, null, "UTC", null, null, null, null,
                Instant.now(), Instant.now(), new BookingView.Party(UUID.randomUUID(), "Patient"), null, null), null, Set.of()), JSON);
    }
}
