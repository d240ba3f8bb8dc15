package com.medondoor.live;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * However often the listener wakes the feed, it reads new events at most once per read gap, and a
 * wake-up during the gap is still answered by a read after it. Without a gap, every wake-up reads.
 */
class EventFeedReadGapTests {

    @ParameterizedTest(name = "read gap {0} ms")
    @CsvSource({ "0, 100, 501", "100, 3, 10" })
    void wakeUpsEveryMillisecondForHalfASecondThenReadsBounded(long gapMillis, int fewestReads, int mostReads) {
        AtomicInteger reads = new AtomicInteger();
        EventRepository events = mock(EventRepository.class);
        when(events.newestId()).thenReturn(Mono.just(0L));
        when(events.after(anyLong(), anyInt())).thenAnswer(call -> Flux.<BookingEvent>empty()
                .doOnSubscribe(subscription -> reads.incrementAndGet())
                .delaySubscription(Duration.ofMillis(1)));
        EventListener listener = mock(EventListener.class);
        // A wake-up every millisecond for half a second, then quiet: like a platform changing 1,000 times a second.
        when(listener.wakeUps()).thenReturn(Flux.interval(Duration.ofMillis(1)).take(500).map(tick -> "booking_events"));
        LiveProperties properties = new LiveProperties(Duration.ofSeconds(15), Duration.ofSeconds(3),
                Duration.ofHours(1), Duration.ofMillis(gapMillis), 256, Duration.ofHours(1), 1000, 100,
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(10));
        EventFeed feed = new EventFeed(events, listener, properties, mock(OpenStreams.class),
                JsonMapper.builder().build(), new SimpleMeterRegistry(), Clock.systemUTC());

        // 500 wake-ups in 0.5 s: with no gap a read follows each one that came while none was running
        // (reads take about a millisecond); with 100 ms, about 5 reads, the last after the wake-ups end.
        // The feed runs for a second, the reads within the bound throughout.
        feed.start();
        try {
            await("a second of the feed").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(10))
                    .untilAsserted(() -> assertThat(reads.get()).as("reads of new events")
                            .isLessThanOrEqualTo(mostReads));
        }
        finally {
            feed.stop();
        }

        assertThat(reads.get()).as("reads of new events").isBetween(fewestReads, mostReads);
    }
}
