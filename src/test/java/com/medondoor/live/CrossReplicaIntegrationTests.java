package com.medondoor.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.Replica;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the service on one database: a change made through one reaches the streams open
 * on the other, through PostgreSQL alone.
 */
class CrossReplicaIntegrationTests extends IntegrationTest {

    @Autowired
    private Environment environment;

    @Test
    void changesMadeOnOneReplicaReachStreamsOnTheOther() {
        Api.Account provider = api().provider(ServiceType.DOCTOR_CONSULTATION);
        Api.Account rival = api().provider(ServiceType.DOCTOR_CONSULTATION);
        Api.Account patient = api().patient();

        UUID[] booking = new UUID[1];
        List<String> received = new CopyOnWriteArrayList<>();
        try (Replica replicaB = Replica.beside(environment, Map.of())) {
            WebTestClient onB = replicaB.client(LiveClient.TIMEOUT);
            Flux<ServerSentEvent<String>> streamOnB = new LiveClient(onB).jobs(provider);

            StepVerifier.create(streamOnB)
                    .assertNext(event -> assertThat(event.event()).as("first event on replica B").isEqualTo("snapshot"))
                    .then(() -> booking[0] = api().book(patient, ServiceType.DOCTOR_CONSULTATION))
                    // The event may arrive before the booking request has returned its id: keep it, check below.
                    .assertNext(event -> received.add(event.event() + " " + event.data()))
                    .then(() -> api().claim(rival, booking[0]))
                    .assertNext(event -> received.add(event.event() + " " + event.data()))
                    .thenCancel()
                    .verify(Duration.ofSeconds(30));
        }
        assertThat(received).as("events on replica B for the booking made and claimed on replica A").satisfiesExactly(
                available -> assertThat(available).startsWith("job.available").contains(booking[0].toString()),
                removed -> assertThat(removed).startsWith("job.removed").contains(booking[0].toString()).contains("CLAIMED"));
    }

    @Test
    void ratingGivenOnOneReplicaReachesTheProviderOnTheOther() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        Api.Account patient = api().patient();
        UUID booking = api().book(patient, ServiceType.NURSE_VISIT);
        api().claim(provider, booking);
        api().complete(provider, booking);

        try (Replica replicaB = Replica.beside(environment, Map.of())) {
            WebTestClient onB = replicaB.client(LiveClient.TIMEOUT);
            StepVerifier.create(new LiveClient(onB).jobs(provider))
                    .assertNext(event -> assertThat(event.event()).as("first event on replica B").isEqualTo("snapshot"))
                    .then(() -> api().post("/api/bookings/" + booking + "/rating", patient, Map.of("stars", 4))
                            .expectStatus().isCreated())
                    .assertNext(event -> {
                        assertThat(event.event()).as("event on replica B for the rating given on replica A").isEqualTo("job.rated");
                        assertThat(LiveClient.data(event).at("/job/id").asString()).as("rated visit").isEqualTo(booking.toString());
                        assertThat(LiveClient.data(event).at("/rating/stars").asInt()).as("stars").isEqualTo(4);
                        assertThat(LiveClient.data(event).at("/summary/count").asLong()).as("ratings counted").isEqualTo(1);
                    })
                    .thenCancel()
                    .verify(Duration.ofSeconds(30));
        }
    }
}
