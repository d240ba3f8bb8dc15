package com.medondoor.live;

import java.time.Duration;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The LISTEN connection dies; the replica reconnects and reads what committed meanwhile. Polling is
 * turned off here, so only the reconnection can deliver the event.
 */
@TestPropertySource(properties = "medondoor.live.poll-interval=1h")
@DirtiesContext
class ListenerReconnectIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private EventListener listener;

    @Test
    void listenerConnectionKilledThenReconnectsAndDeliversWhatCommittedMeanwhile() {
        Api.Account provider = api().provider(ServiceType.MEDICINE_DELIVERY);
        Api.Account patient = api().patient();
        awaitListening();
        double reconnectsBefore = meters.get("medondoor.live.listener.reconnects").counter().count();

        Flux<ServerSentEvent<String>> stream = http.get().uri("/api/jobs/stream")
                .headers(h -> h.setBearerAuth(provider.token()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                }).getResponseBody()
                .filter(event -> event.event() != null);

        StepVerifier.create(stream)
                .assertNext(event -> assertThat(event.event()).as("first named event").isEqualTo("snapshot"))
                .then(() -> {
                    long killed = db.sql("""
                            SELECT count(pg_terminate_backend(pid)) AS killed FROM pg_stat_activity
                             WHERE application_name = :name AND datname = current_database()
                            """).bind("name", EventListener.APPLICATION_NAME)
                            .map(row -> row.get("killed", Long.class)).one().block(Duration.ofSeconds(5));
                    assertThat(killed).as("listener connections terminated").isEqualTo(1);
                })
                .then(() -> api().book(patient, ServiceType.MEDICINE_DELIVERY))
                .assertNext(event -> assertThat(event.event()).as("event after the listener came back")
                        .isEqualTo("job.available"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));

        assertThat(meters.get("medondoor.live.listener.reconnects").counter().count())
                .as("listener reconnects counted").isGreaterThan(reconnectsBefore);
    }

    private void awaitListening() {
        await("the listener connects at start").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(listener::isConnected);
    }
}
