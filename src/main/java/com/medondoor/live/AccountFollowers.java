package com.medondoor.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.medondoor.live.LiveEvent.Kind;

/**
 * The streams that follow one account: those that joined since its last read began, whether a change
 * is due to be announced, and the account frame each account stream was sent last. Not thread-safe: its
 * {@link FollowedAccount} guards it.
 */
final class AccountFollowers {

    // A job stream is sent no account frame: its value stays null.
    private final Map<LiveStream, Frame> lastSent = new HashMap<>(2);
    private final Set<LiveStream> joined = new HashSet<>(2);
    private boolean changeDue;

    void add(LiveStream stream) {
        lastSent.put(stream, null);
        joined.add(stream);
    }

    /** Whether no stream follows the account any more. */
    boolean remove(LiveStream stream) {
        lastSent.remove(stream);
        joined.remove(stream);
        return lastSent.isEmpty();
    }

    /** The next read announces a change to every stream. */
    void announce() {
        changeDue = true;
    }

    /** What the read about to begin serves: the streams that joined since the last one, and the others. */
    Due next() {
        Set<LiveStream> fresh = Set.copyOf(joined);
        joined.clear();
        Due due = new Due(fresh, lastSent.keySet().stream().filter(stream -> !fresh.contains(stream)).toList(), changeDue);
        changeDue = false;
        return due;
    }

    /**
     * A read that failed: the job streams it was to check wait for the next one, and its change is
     * announced by it. An account stream it was to start cannot start (its client reconnects).
     */
    void retry(Due failed) {
        changeDue |= failed.change();
        failed.fresh().stream().filter(stream -> stream.kind() != Kind.ACCOUNT && lastSent.containsKey(stream))
                .forEach(joined::add);
    }

    /**
     * Records the frame as the stream's last; false if it already was, or the stream left. Two reads can
     * report one change: a poll that saw it before its notification's read answered asks for another.
     */
    boolean sent(LiveStream stream, Frame frame) {
        return lastSent.containsKey(stream) && !frame.equals(lastSent.put(stream, frame));
    }

    /**
     * One read's streams: {@code fresh} ones it starts or checks, and the {@code known} others, which as
     * account streams are told only of a change.
     */
    record Due(Set<LiveStream> fresh, List<LiveStream> known, boolean change) {

        /** The streams the read answers: the fresh ones, known job streams, and known account streams on a change. */
        Stream<LiveStream> served() {
            return Stream.concat(fresh.stream(), known.stream().filter(stream -> change || stream.kind() != Kind.ACCOUNT));
        }
    }
}
