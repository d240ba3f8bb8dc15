package com.medondoor.live;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.medondoor.account.CurrentUser;
import com.medondoor.live.LiveEvent.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One account that open streams of this replica follow: its owner's account streams and, for a provider,
 * their job streams. Whatever may have changed it asks for a read ({@link #refresh()}); reads run one at a
 * time, each begun after the one before has answered, and those asked for meanwhile are made once, after
 * it. So each read reflects every change notified before it began, and the account's frames go out in the
 * order they were read, the newest last.
 *
 * <p>A stream that joins is served by the first read begun after it joined, which can therefore miss no
 * change committed before: an account stream starts with that read's frame, a job stream is checked by it.
 */
final class FollowedAccount {

    private static final Logger log = LoggerFactory.getLogger(FollowedAccount.class);

    private final CurrentUser account;
    private final AccountReads reads;
    // Guarded by this.
    private final Set<LiveStream> streams = new HashSet<>(2);
    private final Set<LiveStream> joined = new HashSet<>(2);
    private boolean reading;
    private boolean again;
    private String status;
    private Frame last;

    FollowedAccount(CurrentUser account, AccountReads reads) {
        this.account = account;
        this.reads = reads;
    }

    /** Follows the account with this stream too; it is served by the next read ({@link #refresh()}). */
    synchronized void add(LiveStream stream) {
        streams.add(stream);
        joined.add(stream);
    }

    /** Whether no stream follows the account any more. */
    synchronized boolean remove(LiveStream stream) {
        streams.remove(stream);
        joined.remove(stream);
        return streams.isEmpty();
    }

    /** The status the latest read found, or null when there is none to trust (none yet, or it failed). */
    synchronized String status() {
        return status;
    }

    /** Reads the account again: now, or once the read under way has answered. */
    void refresh() {
        synchronized (this) {
            if (reading) {
                again = true;
                return;
            }
            reading = true;
        }
        read();
    }

    private void read() {
        Set<LiveStream> fresh;
        List<LiveStream> known;
        synchronized (this) {
            fresh = Set.copyOf(joined);
            joined.clear();
            known = streams.stream().filter(stream -> !fresh.contains(stream)).toList();
        }
        reads.status(account.id())
                .flatMap(found -> (needsView(found, fresh, known) ? reads.update(account) : Mono.<Frame>empty())
                        .map(frame -> new Read(found, frame))
                        .defaultIfEmpty(new Read(found, null)))
                .subscribe(read -> answered(read, fresh, known), failure -> {
                    failed(failure, fresh);
                    next();
                }, this::next);
    }

    private static boolean needsView(String status, Set<LiveStream> fresh, List<LiveStream> known) {
        boolean ends = AccountWatch.endsJobStream(status);
        return Stream.concat(fresh.stream(), known.stream())
                .anyMatch(stream -> stream.kind() == Kind.ACCOUNT || ends && stream.kind() == Kind.JOBS);
    }

    /**
     * An account stream starts with the frame, or is sent it if it differs from the one before; a job
     * stream of a provider who may no longer have one ends with it.
     */
    private void answered(Read read, Set<LiveStream> fresh, List<LiveStream> known) {
        Frame previous;
        synchronized (this) {
            previous = last;
            last = read.frame();
            status = read.status();
        }
        boolean ends = AccountWatch.endsJobStream(read.status());
        Stream.concat(fresh.stream(), known.stream()).forEach(stream -> {
            if (stream.kind() == Kind.JOBS && ends) {
                stream.end(read.frame());
            }
            else if (stream.kind() == Kind.ACCOUNT && fresh.contains(stream)) {
                stream.start(List.of(read.frame()), Frame.NO_ID);
            }
            else if (stream.kind() == Kind.ACCOUNT && !same(read.frame(), previous)) {
                stream.push(read.frame());
            }
        });
    }

    /**
     * An account stream that has not started cannot start: it fails, and its client reconnects. A job
     * stream that has not been checked waits for the next read, which the poll asks for since the status
     * is no longer known.
     */
    private void failed(Throwable failure, Set<LiveStream> fresh) {
        log.warn("Could not read account {}: {}", account.id(), failure.toString());
        synchronized (this) {
            status = null;
            fresh.stream().filter(stream -> stream.kind() != Kind.ACCOUNT && streams.contains(stream))
                    .forEach(joined::add);
        }
        fresh.stream().filter(stream -> stream.kind() == Kind.ACCOUNT).forEach(stream -> stream.fail(failure));
    }

    private void next() {
        synchronized (this) {
            if (!again) {
                reading = false;
                return;
            }
            again = false;
        }
        read();
    }

    private static boolean same(Frame frame, Frame other) {
        return other != null && Arrays.equals(frame.bytes(), other.bytes());
    }

    /** What a read found: the status, and the account's frame when some stream needs it. */
    private record Read(String status, Frame frame) {
    }
}
