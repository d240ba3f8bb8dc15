package com.medondoor.live;

import java.time.Duration;

import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request deadline bounds a live stream's setup, not its life: a stream stays open, and keeps
 * getting its heartbeats, for three times {@code medondoor.request-timeout}. No route or path spelling
 * exempts it; its handling simply ends once it is set up.
 */
@TestPropertySource(properties = {"medondoor.request-timeout=1s", "medondoor.live.heartbeat=200ms"})
class StreamOutlivesDeadlineIntegrationTests extends IntegrationTest {

    @Test
    void jobStreamKeepsItsHeartbeatsForThreeDeadlines() {
        new LiveClient(http).raw(LiveClient.JOBS, api().provider(ServiceType.NURSE_VISIT), null)
                .filter(LiveClient::isKeepAlive)
                .take(Duration.ofSeconds(3))
                .count()
                .as(StepVerifier::create)
                .assertNext(heartbeats -> assertThat(heartbeats)
                        .as("heartbeats in 3 s, 200 ms apart").isGreaterThanOrEqualTo(10))
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void bookingStreamKeepsItsHeartbeatsForThreeDeadlines() {
        new LiveClient(http).raw(LiveClient.BOOKINGS, api().patient(), null)
                .filter(LiveClient::isKeepAlive)
                .take(Duration.ofSeconds(3))
                .count()
                .as(StepVerifier::create)
                .assertNext(heartbeats -> assertThat(heartbeats)
                        .as("heartbeats in 3 s, 200 ms apart").isGreaterThanOrEqualTo(10))
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
    }
}
