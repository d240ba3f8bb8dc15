package com.medondoor.live;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static com.medondoor.live.EventChecks.snapshot;
import static com.medondoor.live.VerificationChanges.me;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider who stops being VERIFIED loses the job stream they hold: it sends {@code account.updated}
 * and ends. Verification is set in SQL here, as the administrators' API does it.
 */
class JobStreamSuspensionIntegrationTests extends IntegrationTest {

    /** Generous: the design's bound is a second, and the build machine is shared. */
    static final Duration BOUND = Duration.ofSeconds(5);

    @Autowired
    private DatabaseClient db;

    @Test
    void suspensionThenTheJobStreamSendsTheAccountAndEnds() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        verifications().set(provider, "VERIFIED");
        AtomicLong suspending = new AtomicLong();
        AtomicLong ended = new AtomicLong();
        // Timed as the connection delivers the end, not after the checks below have run.
        live().raw(LiveClient.JOBS, provider, null)
                .doOnComplete(() -> ended.set(System.nanoTime()))
                .filter(event -> event.event() != null)
                .publishOn(Schedulers.boundedElastic(), 1)
                .as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> {
                    suspending.set(System.nanoTime());
                    verifications().set(provider, "SUSPENDED");
                })
                .assertNext(event -> {
                    assertThat(event.event()).as("last event of a suspended provider's job stream").isEqualTo("account.updated");
                    assertThat(event.id()).as("id of account.updated: the client's Last-Event-ID stays a booking event's").isNull();
                    assertThat(LiveClient.data(event)).as("account.updated data: the user as GET /api/me shows them")
                            .isEqualTo(me(api(), provider));
                })
                .expectComplete()
                .verify(LiveClient.TIMEOUT);
        Duration took = Duration.ofNanos(ended.get() - suspending.get());
        System.out.printf("Job stream ended %d ms after the suspension was sent%n", took.toMillis());
        assertThat(took).as("from sending the suspension to the end of the job stream").isLessThan(BOUND);
    }

    @Test
    void anotherProviderSuspendedThenTheJobStreamGoesOn() {
        Api.Account provider = api().provider(ServiceType.MEDICINE_DELIVERY);
        Api.Account other = api().provider(ServiceType.MEDICINE_DELIVERY);
        Api.Account patient = api().patient();
        verifications().set(provider, "VERIFIED");
        verifications().set(other, "VERIFIED");
        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> verifications().set(other, "SUSPENDED"))
                .then(() -> api().book(patient, ServiceType.MEDICINE_DELIVERY))
                .assertNext(event -> assertThat(event.event()).as("next event after another provider's suspension")
                        .isEqualTo("job.available"))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void reinstatedProviderThenOpensTheJobStreamAgainAndKeepsIt() {
        Api.Account provider = api().provider(ServiceType.DOCTOR_CONSULTATION);
        Api.Account patient = api().patient();
        verifications().set(provider, "VERIFIED");
        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> verifications().set(provider, "SUSPENDED"))
                .assertNext(event -> assertThat(event.event()).as("last event while suspended").isEqualTo("account.updated"))
                .expectComplete()
                .verify(LiveClient.TIMEOUT);

        verifications().set(provider, "VERIFIED");
        live().jobs(provider).as(StepVerifier::create)
                .assertNext(snapshot())
                .then(() -> api().book(patient, ServiceType.DOCTOR_CONSULTATION))
                .assertNext(event -> assertThat(event.event()).as("event on the reinstated provider's new stream")
                        .isEqualTo("job.available"))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    private LiveClient live() {
        return new LiveClient(http);
    }

    private VerificationChanges verifications() {
        return new VerificationChanges(db);
    }
}
