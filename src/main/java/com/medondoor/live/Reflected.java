package com.medondoor.live;

import java.util.Set;

/**
 * The events a stream's start (snapshot or replay) already reflects, whose live frames are dropped:
 * every final event up to {@code newest}, and the few newer ones whose transactions had committed when
 * the snapshot was read (they committed while an older transaction was still writing events, so they
 * are above the horizon yet visible to the read).
 */
record Reflected(long newest, Set<Long> committedBeyond) {

    static Reflected upTo(long newest) {
        return new Reflected(newest, Set.of());
    }

    boolean includes(long eventId) {
        return eventId <= newest || committedBeyond.contains(eventId);
    }
}
