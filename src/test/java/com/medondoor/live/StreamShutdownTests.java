package com.medondoor.live;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class StreamShutdownTests {

    @Test
    void stoppedThenStartedAgainThenStreamsMayOpenAndTheNextStopIsSignalledToo() {
        StreamShutdown shutdown = new StreamShutdown();
        shutdown.start();
        StepVerifier verifier = shutdown.stops().take(2).as(StepVerifier::create)
                .expectNextCount(2)
                .expectComplete()
                .verifyLater();

        shutdown.stop();
        assertThat(shutdown.isClosing()).as("closing once stopped").isTrue();
        shutdown.start();
        assertThat(shutdown.isClosing()).as("closing after a restart").isFalse();
        shutdown.stop();

        verifier.verify(Duration.ofSeconds(5));
    }
}
