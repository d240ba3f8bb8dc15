package com.medondoor.live;

import java.time.Instant;
import java.util.Base64;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.test.StepVerifier;

import static com.medondoor.live.EventChecks.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "medondoor.jwt.access-token-ttl=3s")
@DirtiesContext
class StreamExpiryIntegrationTests extends IntegrationTest {

    @Test
    void jobStreamEndsWhenItsTokenExpires() {
        assertEndsAtExpiry(LiveClient.JOBS, api().provider(ServiceType.NURSE_VISIT));
    }

    @Test
    void bookingStreamEndsWhenItsTokenExpires() {
        assertEndsAtExpiry(LiveClient.BOOKINGS, api().patient());
    }

    private void assertEndsAtExpiry(String path, Api.Account caller) {
        Instant expiry = Instant.ofEpochSecond(LiveClient.json(new String(Base64.getUrlDecoder()
                .decode(caller.token().split("\\.")[1]))).get("exp").asLong());
        new LiveClient(http).raw(path, caller, null)
                .filter(event -> event.event() != null)
                .as(StepVerifier::create)
                .assertNext(snapshot())
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
        assertThat(Instant.now()).as("when the stream ended, against the token's expiry").isAfterOrEqualTo(expiry);
    }
}
