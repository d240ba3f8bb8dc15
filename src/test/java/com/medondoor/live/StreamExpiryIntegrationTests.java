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

    @Test
    void accountStreamEndsWhenItsTokenExpires() {
        assertEndsAtExpiry(LiveClient.ACCOUNT, api().patient(), "account.updated");
    }

    private void assertEndsAtExpiry(String path, Api.Account caller) {
        assertEndsAtExpiry(path, caller, "snapshot");
    }

    private void assertEndsAtExpiry(String path, Api.Account caller, String first) {
        Instant expiry = Instant.ofEpochSecond(LiveClient.json(new String(Base64.getUrlDecoder()
                .decode(caller.token().split("\\.")[1]))).get("exp").asLong());
        new LiveClient(http).raw(path, caller, null)
                .filter(event -> event.event() != null)
                .as(StepVerifier::create)
                .assertNext(event -> assertThat(event.event()).as("first event of %s", path).isEqualTo(first))
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
        assertThat(Instant.now()).as("when the stream ended, against the token's expiry").isAfterOrEqualTo(expiry);
    }
}
