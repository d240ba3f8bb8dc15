package com.medondoor.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The streams that follow one account: those that joined since its last read began, and the account
 * frame each account stream was sent last. Not thread-safe: its {@link FollowedAccount} guards it.
 */
final class AccountFollowers {

    // A job stream is sent no account frame: its value stays null.
    private final Map<LiveStream, Frame> lastSent = new HashMap<>(2);
    private final Set<LiveStream> joined = new HashSet<>(2);

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

    /** The streams that joined since the last call: the next read serves them. */
    Set<LiveStream> takeJoined() {
        Set<LiveStream> fresh = Set.copyOf(joined);
        joined.clear();
        return fresh;
    }

    List<LiveStream> allBut(Set<LiveStream> fresh) {
        return lastSent.keySet().stream().filter(stream -> !fresh.contains(stream)).toList();
    }

    /** Back in line for the next read, if it still follows the account. */
    void rejoin(LiveStream stream) {
        if (lastSent.containsKey(stream)) {
            joined.add(stream);
        }
    }

    /**
     * Records the frame as the stream's last; false if it already was, or the stream left. Two reads can
     * report one change: a poll that saw it before its notification's read answered asks for another.
     */
    boolean sent(LiveStream stream, Frame frame) {
        return lastSent.containsKey(stream) && !frame.equals(lastSent.put(stream, frame));
    }
}
