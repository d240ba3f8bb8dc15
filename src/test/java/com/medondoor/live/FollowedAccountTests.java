package com.medondoor.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.medondoor.account.CurrentUser;
import com.medondoor.account.Role;
import com.medondoor.live.LiveEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.subscriber.TestSubscriber;

import static org.assertj.core.api.Assertions.assertThat;

/** One followed account with its streams, its reads answered by the test when it chooses. */
class FollowedAccountTests {

    private static final CurrentUser PROVIDER = new CurrentUser(UUID.randomUUID(), Role.PROVIDER);

    private final HeldReads reads = new HeldReads();
    private final FollowedAccount account = new FollowedAccount(PROVIDER, reads);

    @Test
    void readsAskedForDuringAReadAreMadeOnceAfterIt() {
        account.changed();
        account.changed();
        account.changed();
        assertThat(reads.begun()).as("reads begun while the first has not answered").isEqualTo(1);
        reads.answer(0, "VERIFIED");
        assertThat(reads.begun()).as("reads begun once the first answered").isEqualTo(2);
        reads.answer(1, "VERIFIED");
        assertThat(reads.begun()).as("reads begun once the second answered").isEqualTo(2);
    }

    @Test
    void accountStreamStartsWithTheFirstReadBegunAfterItJoined() {
        TestSubscriber<Frame> first = join(Kind.ACCOUNT);
        TestSubscriber<Frame> second = join(Kind.ACCOUNT);
        reads.answer(0, "UNVERIFIED");
        assertThat(texts(first)).as("frames of the stream that joined before the first read").containsExactly("{\"v\":1}");
        assertThat(texts(second)).as("frames of the stream that joined while it ran").isEmpty();

        reads.view = "{\"v\":2}";
        reads.answer(1, "UNVERIFIED");
        assertThat(texts(second)).as("frames of the stream that joined during the first read").containsExactly("{\"v\":2}");
        assertThat(texts(first)).as("frames of the first stream, no change announced").containsExactly("{\"v\":1}");
    }

    @Test
    void accountStreamIsSentTheAccountAfterEachChange() {
        TestSubscriber<Frame> stream = join(Kind.ACCOUNT);
        reads.answer(0, "UNVERIFIED");
        reads.view = "{\"v\":2}";
        account.changed();
        reads.answer(1, "VERIFIED");
        reads.view = "{\"v\":3}";
        account.changed();
        reads.answer(2, "SUSPENDED");
        assertThat(texts(stream)).as("frames after the start and two changes")
                .containsExactly("{\"v\":1}", "{\"v\":2}", "{\"v\":3}");
    }

    /** A poll that saw a change before its notification's read answered asks for a second read of it. */
    @Test
    void changeReadTwiceIsSentOnce() {
        TestSubscriber<Frame> first = join(Kind.ACCOUNT);
        reads.answer(0, "UNVERIFIED");
        reads.view = "{\"v\":2}";
        account.changed();
        TestSubscriber<Frame> second = join(Kind.ACCOUNT);
        account.changed();
        reads.answer(1, "VERIFIED");
        reads.answer(2, "VERIFIED");
        assertThat(texts(first)).as("frames of the first stream").containsExactly("{\"v\":1}", "{\"v\":2}");
        assertThat(texts(second)).as("frames of the stream that started with the second read").containsExactly("{\"v\":2}");
    }

    @Test
    void changeWhoseReadFailedIsAnnouncedByTheNextRead() {
        TestSubscriber<Frame> stream = join(Kind.ACCOUNT);
        reads.answer(0, "UNVERIFIED");
        account.changed();
        reads.fail(1);
        assertThat(account.status()).as("status after a failed read").isNull();
        reads.view = "{\"v\":2}";
        account.check();
        reads.answer(2, "VERIFIED");
        assertThat(texts(stream)).as("frames after the start and a change read on the second try")
                .containsExactly("{\"v\":1}", "{\"v\":2}");
    }

    @ParameterizedTest(name = "{0}: ends {1}")
    @CsvSource({"SUSPENDED, true", "REJECTED, true", "VERIFIED, false", "UNVERIFIED, false"})
    void jobStreamEndsWithTheAccountOnceItsProviderIsBarred(String status, boolean ends) {
        TestSubscriber<Frame> stream = join(Kind.JOBS);
        reads.answer(0, "VERIFIED");
        account.changed();
        reads.answer(1, status);
        assertThat(stream.isTerminatedComplete()).as("job stream ended after a read found %s", status).isEqualTo(ends);
        assertThat(texts(stream)).as("frames of the job stream").isEqualTo(ends ? List.of("{\"v\":1}") : List.of());
    }

    @Test
    void jobStreamOfAProviderBarredBeforeItJoinedEndsAtItsFirstRead() {
        TestSubscriber<Frame> stream = join(Kind.JOBS);
        reads.answer(0, "SUSPENDED");
        assertThat(stream.isTerminatedComplete()).as("job stream ended by the read that checked it").isTrue();
    }

    @Test
    void failedReadFailsTheAccountStreamThatWaitedForIt() {
        TestSubscriber<Frame> stream = join(Kind.ACCOUNT);
        reads.fail(0);
        assertThat(stream.isTerminatedError()).as("account stream failed with the read").isTrue();
    }

    private TestSubscriber<Frame> join(Kind kind) {
        LiveStream stream = new LiveStream(kind, 4, Instant.now().plusSeconds(60), opened -> {
        }, released -> {
        });
        TestSubscriber<Frame> frames = TestSubscriber.create();
        stream.subscribe(frames);
        account.add(stream);
        account.check();
        return frames;
    }

    private static List<String> texts(TestSubscriber<Frame> frames) {
        return frames.getReceivedOnNext().stream()
                .map(frame -> new String(frame.bytes()).replaceFirst("(?s)^event:account.updated\ndata:(.*)\n\n$", "$1"))
                .toList();
    }

    /** Reads whose status the test gives, one by one; the view is whatever the test last set. */
    private static final class HeldReads extends AccountReads {

        private final List<Sinks.One<String>> statuses = new CopyOnWriteArrayList<>();
        private volatile String view = "{\"v\":1}";

        HeldReads() {
            super(null, null, null);
        }

        @Override
        Mono<String> status(UUID account) {
            Sinks.One<String> status = Sinks.one();
            statuses.add(status);
            return status.asMono();
        }

        @Override
        Mono<Frame> update(CurrentUser account) {
            return Mono.fromSupplier(() -> Frame.event(AccountReads.UPDATED, view));
        }

        int begun() {
            return statuses.size();
        }

        void answer(int read, String status) {
            statuses.get(read).tryEmitValue(status);
        }

        void fail(int read) {
            statuses.get(read).tryEmitError(new IllegalStateException("database unreachable"));
        }
    }
}
