package com.medondoor.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

import static com.medondoor.live.VerificationChanges.me;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/me/stream}: the caller's own account, first as {@code GET /api/me} shows it, then again
 * each time its verification changes (set in SQL here, as the administrators' API does). Every status set
 * differs from the one before whatever a new provider starts as, so that each one is a change.
 */
class AccountStreamIntegrationTests extends IntegrationTest {

    @Autowired
    private DatabaseClient db;

    // Providers here are unverified: registering changes no status, so no notification of an earlier
    // change (an approval by the fixture) can reach a stream after it opened and add an event.

    @Test
    void accountStreamOfAPatientStartsWithTheirUserView() {
        Api.Account patient = api().patient();
        live().account(patient).as(StepVerifier::create)
                .assertNext(view(patient))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void accountStreamOfAProviderThenTheirViewAfterEachVerificationChange() {
        Api.Account provider = api().unverifiedProvider(ServiceType.NURSE_VISIT);
        live().account(provider).as(StepVerifier::create)
                .assertNext(view(provider))
                .then(() -> verifications().set(provider, "REJECTED"))
                .assertNext(view(provider))
                .then(() -> verifications().set(provider, "UNVERIFIED"))
                .assertNext(view(provider))
                .then(() -> verifications().set(provider, "VERIFIED"))
                .assertNext(view(provider))
                .then(() -> verifications().set(provider, "SUSPENDED"))
                .assertNext(view(provider))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    @Test
    void verificationChangeOfAnotherAccountThenNothing() {
        Api.Account provider = api().unverifiedProvider(ServiceType.NURSE_VISIT);
        Api.Account other = api().unverifiedProvider(ServiceType.NURSE_VISIT);
        live().account(provider).as(StepVerifier::create)
                .assertNext(view(provider))
                .then(() -> verifications().set(other, "REJECTED"))
                .expectNoEvent(Duration.ofSeconds(1))
                .then(() -> verifications().set(provider, "REJECTED"))
                .assertNext(view(provider))
                .thenCancel()
                .verify(LiveClient.TIMEOUT);
    }

    /** A second stream of the account is read for on its own; the first is not sent the same account again. */
    @Test
    void twoStreamsOfOneAccountThenEachGetsEachChangeOnce() {
        Api.Account provider = api().unverifiedProvider(ServiceType.DOCTOR_CONSULTATION);
        List<ServerSentEvent<String>> first = new CopyOnWriteArrayList<>();
        List<ServerSentEvent<String>> second = new CopyOnWriteArrayList<>();
        Disposable one = live().account(provider).subscribe(first::add);
        Disposable two = null;
        try {
            awaitSizes("the first stream's account", first, 1, second, 0);
            two = live().account(provider).subscribe(second::add);
            awaitSizes("the second stream's account", first, 1, second, 1);
            verifications().set(provider, "REJECTED");
            awaitSizes("one account.updated more on each stream", first, 2, second, 2);
            await("no further event on either stream").during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5))
                    .until(() -> first.size() == 2 && second.size() == 2);
        }
        finally {
            one.dispose();
            if (two != null) {
                two.dispose();
            }
        }
        assertThat(first.get(1).data()).as("the change as each stream got it").isEqualTo(second.get(1).data());
    }

    private static void awaitSizes(String what, List<?> first, int firstSize, List<?> second, int secondSize) {
        await(what).atMost(LiveClient.TIMEOUT).pollInterval(Duration.ofMillis(20))
                .until(() -> first.size() == firstSize && second.size() == secondSize);
    }

    /**
     * An {@code account.updated} without id carrying the user as {@code GET /api/me} shows them once it
     * arrived: the change it reports has committed by then.
     */
    private Consumer<ServerSentEvent<String>> view(Api.Account account) {
        return event -> {
            assertThat(event.event()).as("event name").isEqualTo("account.updated");
            assertThat(event.id()).as("id of account.updated: it is no booking event").isNull();
            assertThat(LiveClient.data(event)).as("account.updated data: the user as GET /api/me shows them")
                    .isEqualTo(me(api(), account));
        };
    }

    private LiveClient live() {
        return new LiveClient(http);
    }

    private VerificationChanges verifications() {
        return new VerificationChanges(db);
    }
}
