package com.medondoor.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static com.medondoor.live.EventChecks.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Polling is slowed down here, so that a logout must end its streams through its notification. */
@TestPropertySource(properties = {"medondoor.live.heartbeat=200ms", "medondoor.live.retry=5s",
        "medondoor.live.poll-interval=30s"})
@DirtiesContext
class StreamLifecycleIntegrationTests extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    private LiveClient live() {
        return new LiveClient(http);
    }

    @Test
    void streamOpensWithRetryHintThenSnapshot() {
        live().raw(LiveClient.BOOKINGS, api().patient(), null)
                .filter(event -> !LiveClient.isKeepAlive(event))
                .as(StepVerifier::create)
                .assertNext(event -> {
                    assertThat(event.retry()).as("retry hint of the first event").isEqualTo(Duration.ofSeconds(5));
                    assertThat(event.comment()).as("comment of the first event").isEqualTo("open");
                    assertThat(event.event()).as("name of the first event").isNull();
                })
                .assertNext(snapshot())
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void idleStreamGetsKeepAliveComments() {
        live().raw(LiveClient.JOBS, api().provider(ServiceType.NURSE_VISIT), null)
                .skipUntil(event -> "snapshot".equals(event.event()))
                .skip(1)
                .take(5)
                .as(StepVerifier::create)
                .thenConsumeWhile(LiveClient::isKeepAlive)
                .expectComplete()
                // 5 heartbeats of 200 ms, with room for a busy machine
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void idleAccountStreamGetsKeepAliveComments() {
        live().raw(LiveClient.ACCOUNT, api().provider(ServiceType.NURSE_VISIT), null)
                .skipUntil(event -> "account.updated".equals(event.event()))
                .skip(1)
                .take(5)
                .as(StepVerifier::create)
                .thenConsumeWhile(LiveClient::isKeepAlive)
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void logoutEndsTheAccountStreamOfThatToken() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        Duration took = live().account(provider)
                .as(StepVerifier::create)
                .assertNext(event -> assertThat(event.event()).as("first event").isEqualTo("account.updated"))
                .then(() -> api().post("/api/auth/logout", provider, null).expectStatus().isNoContent())
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
        assertThat(took).as("time from connecting until the revoked stream ended").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void logoutEndsTheStreamOfThatToken() {
        Api.Account patient = api().patient();
        Duration took = live().raw(LiveClient.BOOKINGS, patient, null)
                .filter(event -> event.event() != null)
                .as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> api().post("/api/auth/logout", patient, null).expectStatus().isNoContent())
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
        assertThat(took).as("time from connecting until the revoked stream ended").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void openStreamsAreCountedAndUncountedWhenClosed() throws InterruptedException {
        awaitOpenStreams(0);
        CountDownLatch snapshots = new CountDownLatch(3);
        List<Disposable> streams = new ArrayList<>();
        for (Flux<?> stream : List.of(live().jobs(api().provider(ServiceType.NURSE_VISIT)),
                live().jobs(api().provider(ServiceType.MEDICINE_DELIVERY)), live().bookings(api().patient()))) {
            streams.add(stream.subscribe(event -> snapshots.countDown()));
        }
        assertThat(snapshots.await(LiveClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("three snapshots").isTrue();
        assertThat(openStreams()).as("medondoor.live.streams with three streams open").isEqualTo(3);

        streams.forEach(Disposable::dispose);
        awaitOpenStreams(0);
    }

    private void awaitOpenStreams(double expected) {
        await("medondoor.live.streams at " + expected).atMost(LiveClient.TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(this::openStreams, count -> count == expected);
    }

    private double openStreams() {
        return meters.get("medondoor.live.streams").gauge().value();
    }
}
