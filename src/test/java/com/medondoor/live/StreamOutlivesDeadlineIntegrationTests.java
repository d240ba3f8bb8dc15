package com.medondoor.live;

import java.time.Duration;
import java.util.function.Function;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request deadline bounds a live stream's setup, not its life: a stream stays open, and keeps
 * getting its heartbeats, for three times {@code medondoor.request-timeout}. No route or path spelling
 * exempts it; its handling simply ends once it is set up.
 */
@TestPropertySource(properties = {"medondoor.request-timeout=1s", "medondoor.live.heartbeat=200ms"})
@DirtiesContext
class StreamOutlivesDeadlineIntegrationTests extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {LiveClient.JOBS, LiveClient.BOOKINGS})
    void streamKeepsItsHeartbeatsForThreeDeadlines(String stream) {
        Function<Api, Api.Account> caller = stream.equals(LiveClient.JOBS)
                ? api -> api.provider(ServiceType.NURSE_VISIT)
                : Api::patient;
        new LiveClient(http).raw(stream, caller.apply(api()), null)
                .filter(LiveClient::isKeepAlive)
                .take(Duration.ofSeconds(3))
                .count()
                .as(StepVerifier::create)
                .assertNext(heartbeats -> assertThat(heartbeats).as("heartbeats in 3 s, 200 ms apart")
                        .isGreaterThanOrEqualTo(10))
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
    }
}
