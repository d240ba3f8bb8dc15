package com.medondoor.live;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.Replica;
import com.medondoor.account.ServiceType;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static com.medondoor.live.EventChecks.snapshot;
import static com.medondoor.live.VerificationChanges.me;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's verification changed through this test's replica (A) reaches the provider's streams on a
 * second replica (B) through PostgreSQL alone: by notification, by B's poll while its LISTEN connection
 * is down, and by B's catch-up once it is back.
 */
class CrossReplicaAccountIntegrationTests extends IntegrationTest {

    private static final Duration VERIFY = Duration.ofSeconds(30);

    @Autowired
    private Environment environment;

    @Autowired
    private DatabaseClient db;

    @Test
    void verificationChangedOnAThenTheAccountStreamOnBSendsTheAccount() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        try (Replica replicaB = Replica.beside(environment, Map.of())) {
            awaiting("B listening").until(replicaB.bean(EventListener.class)::isConnected);
            new LiveClient(replicaB.client(LiveClient.TIMEOUT)).account(provider).as(StepVerifier::create)
                    .assertNext(view(provider))
                    .then(() -> verifications().set(provider, "REJECTED"))
                    .assertNext(view(provider))
                    .thenCancel()
                    .verify(VERIFY);
        }
    }

    @Test
    void suspendedOnAThenTheJobStreamOnBEndsWithinASecond() {
        Api.Account provider = verifiedProvider();
        try (Replica replicaB = Replica.beside(environment, Map.of())) {
            awaiting("B listening").until(replicaB.bean(EventListener.class)::isConnected);
            Duration took = suspendAndTimeTheEnd(replicaB, provider, () -> {
            });
            System.out.printf("Job stream on replica B ended %d ms after the suspension was sent to A%n", took.toMillis());
            assertThat(took).as("from sending the suspension on A to the end of the job stream on B")
                    .isLessThan(JobStreamSuspensionIntegrationTests.BOUND);
        }
    }

    @Test
    void suspendedWhileBIsNotListeningThenBsPollEndsTheJobStream() {
        Api.Account provider = verifiedProvider();
        // B does not reconnect within the test, A at once; B polls every second.
        try (Replica replicaB = Replica.beside(environment, Map.of("medondoor.live.poll-interval", "1s",
                "medondoor.live.listener-min-backoff", "1h", "medondoor.live.listener-max-backoff", "1h"))) {
            EventListener listenerOnB = replicaB.bean(EventListener.class);
            awaiting("B listening").until(listenerOnB::isConnected);
            Duration took = suspendAndTimeTheEnd(replicaB, provider, () -> {
                assertThat(terminateListeners()).as("LISTEN connections of A and B terminated").isEqualTo(2);
                awaiting("B noticing its LISTEN connection is gone").until(() -> !listenerOnB.isConnected());
            });
            System.out.printf("Job stream on replica B, not listening, ended %d ms after the suspension was sent%n",
                    took.toMillis());
            assertThat(took).as("from sending the suspension to the end of the job stream on B, by B's poll of 1 s")
                    .isLessThan(JobStreamSuspensionIntegrationTests.BOUND);
            assertThat(listenerOnB.isConnected()).as("B still not listening, so its poll ended the stream").isFalse();
        }
    }

    @Test
    void changedWhileBIsNotListeningThenTheAccountStreamOnBGetsItOnceBListensAgain() {
        Api.Account provider = api().provider(ServiceType.MEDICINE_DELIVERY);
        // No poll: only B's catch-up after reconnecting can deliver the change; B reconnects after 3 s.
        try (Replica replicaB = Replica.beside(environment, Map.of("medondoor.live.poll-interval", "1h",
                "medondoor.live.listener-min-backoff", "3s", "medondoor.live.listener-max-backoff", "3s"))) {
            EventListener listenerOnB = replicaB.bean(EventListener.class);
            awaiting("B listening").until(listenerOnB::isConnected);
            new LiveClient(replicaB.client(LiveClient.TIMEOUT)).account(provider).as(StepVerifier::create)
                    .assertNext(view(provider))
                    .then(() -> {
                        assertThat(terminateListeners()).as("LISTEN connections of A and B terminated").isEqualTo(2);
                        awaiting("B noticing its LISTEN connection is gone").until(() -> !listenerOnB.isConnected());
                        verifications().set(provider, "REJECTED");
                        assertThat(listenerOnB.isConnected()).as("B listening again when the change committed").isFalse();
                    })
                    .assertNext(view(provider))
                    .thenCancel()
                    .verify(VERIFY);
        }
    }

    /** Opens the provider's job stream on B, runs {@code before}, suspends: the time to the stream's end. */
    private Duration suspendAndTimeTheEnd(Replica replicaB, Api.Account provider, Runnable before) {
        AtomicLong suspending = new AtomicLong();
        AtomicLong ended = new AtomicLong();
        Flux<ServerSentEvent<String>> stream = new LiveClient(replicaB.client(LiveClient.TIMEOUT))
                .raw(LiveClient.JOBS, provider, null)
                // Timed as the connection delivers the end, not after the checks below have run.
                .doOnComplete(() -> ended.set(System.nanoTime()))
                .filter(event -> event.event() != null)
                .publishOn(Schedulers.boundedElastic(), 1);
        StepVerifier.create(stream)
                .assertNext(snapshot())
                .then(before)
                .then(() -> {
                    suspending.set(System.nanoTime());
                    verifications().set(provider, "SUSPENDED");
                })
                .assertNext(view(provider))
                .expectComplete()
                .verify(VERIFY);
        return Duration.ofNanos(ended.get() - suspending.get());
    }

    private Api.Account verifiedProvider() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        verifications().set(provider, "VERIFIED");
        return provider;
    }

    /** An {@code account.updated} carrying the user as {@code GET /api/me} on A shows them once it arrived. */
    private Consumer<ServerSentEvent<String>> view(Api.Account account) {
        return event -> {
            assertThat(event.event()).as("event name").isEqualTo("account.updated");
            assertThat(LiveClient.data(event)).as("account.updated data: the user as GET /api/me shows them")
                    .isEqualTo(me(api(), account));
        };
    }

    private long terminateListeners() {
        return db.sql("""
                SELECT count(pg_terminate_backend(pid)) AS terminated FROM pg_stat_activity
                 WHERE application_name = :name AND datname = current_database()
                """)
                .bind("name", EventListener.APPLICATION_NAME)
                .map(row -> row.get("terminated", Long.class))
                .one().block(Duration.ofSeconds(10));
    }

    private VerificationChanges verifications() {
        return new VerificationChanges(db);
    }

    /** Replicas' threads hand the terminated connections' errors to the uncaught handler: theirs to log. */
    private static ConditionFactory awaiting(String what) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10)).dontCatchUncaughtExceptions();
    }
}
