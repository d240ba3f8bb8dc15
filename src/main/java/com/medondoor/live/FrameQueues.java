package com.medondoor.live;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The frames waiting for one client, in the order they go out: control frames first (the opening hint,
 * heartbeats, the stream's start, its last frame), then live ones. Live frames are held back until the
 * stream's start is queued; from then on those its start already reflects are dropped. Not thread-safe:
 * its outlet guards it with its own lock.
 */
final class FrameQueues {

    private final ArrayDeque<Frame> control = new ArrayDeque<>(2);
    private final ArrayDeque<Frame> live = new ArrayDeque<>(2);
    private boolean started;
    private Reflected reflected = Reflected.upTo(Frame.NO_ID);

    void control(Frame frame) {
        control.add(frame);
    }

    /** Whether the start, once queued, already reflects the event with this id: its frame is dropped. */
    boolean reflects(long eventId) {
        return started && reflected.includes(eventId);
    }

    void live(Frame frame) {
        live.add(frame);
    }

    /** The start's frames: live frames go out after them, those of events they reflect not at all. */
    void start(List<Frame> frames, Reflected reflected) {
        control.addAll(frames);
        this.reflected = reflected;
        started = true;
        live.removeIf(frame -> reflected.includes(frame.id()));
    }

    int liveCount() {
        return live.size();
    }

    boolean isEmpty() {
        return control.isEmpty() && live.isEmpty();
    }

    boolean hasControl() {
        return !control.isEmpty();
    }

    /** The next frame to go out, or null; live frames only once the start is queued. */
    Frame poll() {
        Frame next = control.poll();
        return next != null || !started ? next : live.poll();
    }

    void clear() {
        control.clear();
        live.clear();
    }
}
