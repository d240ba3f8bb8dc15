package com.medondoor.live;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.medondoor.booking.BookingView;
import reactor.core.Disposable;

/**
 * One open stream: a plain object rather than a chain of operators, since thousands stay open for
 * hours. The feed, the heartbeat, the expiry check and shutdown call it directly ({@link OpenStreams}).
 * Live events wait until the stream's start (its snapshot or replay) has been read; then those it
 * reflects are dropped. A client that lets {@code capacity} live events pile up is cut off at once.
 */
final class LiveStream extends FrameOutlet {

    private static final AtomicIntegerFieldUpdater<LiveStream> RELEASED =
            AtomicIntegerFieldUpdater.newUpdater(LiveStream.class, "released");

    private final LiveEvent.Kind kind;
    private final int capacity;
    private final long expiresAt;
    private final Consumer<LiveStream> onRelease;
    private final StreamHolds holds = new StreamHolds();
    private volatile Consumer<LiveStream> onSubscribe;
    private volatile Predicate<BookingEvent> interested = event -> false;
    private volatile Predicate<BookingView> whole = booking -> false;
    private volatile Predicate<BookingEvent> own = event -> false;
    private volatile int released;

    /**
     * @param onSubscribe what opens the stream once the server subscribes to it
     * @param onRelease what lets it go, once, when it has ended or its client has gone
     */
    LiveStream(LiveEvent.Kind kind, int capacity, Instant expiresAt, Consumer<LiveStream> onSubscribe,
            Consumer<LiveStream> onRelease) {
        this.kind = kind;
        this.capacity = capacity;
        this.expiresAt = expiresAt.toEpochMilli();
        this.onSubscribe = onSubscribe;
        this.onRelease = onRelease;
    }

    @Override
    protected void subscribed() {
        Consumer<LiveStream> opening = onSubscribe;
        onSubscribe = null;
        opening.accept(this);
    }

    LiveEvent.Kind kind() {
        return kind;
    }

    /**
     * Which live events the stream takes, whether it shows an event's booking whole or without its private
     * details, and whether an event concerns the viewer's own visit ({@link Audience}); set before it joins
     * the feed.
     */
    void interest(Audience audience) {
        this.whole = audience.whole();
        this.own = audience.own();
        this.interested = audience.interested();
    }

    /** Whether it has let go of everything: it may have been cut off before it even joined. */
    boolean isReleased() {
        return released != 0;
    }

    boolean expiresBy(long epochMilli) {
        return expiresAt <= epochMilli;
    }

    /** What became of an event offered to a stream. */
    enum Offer {
        /** Not an event this stream shows. */
        SKIPPED,
        /** Queued, in the frame its kind shares (or, older than the stream's start, dropped). */
        QUEUED,
        /** The client let {@code capacity} live events pile up: the stream must be ended. */
        FULL
    }

    Offer offer(LiveEvent event) {
        if (!interested.test(event.event())) {
            return Offer.SKIPPED;
        }
        boolean shownWhole = whole.test(event.event().booking());
        boolean theirs = own.test(event.event());
        synchronized (this) {
            if (!isOpen()) {
                return Offer.SKIPPED;
            }
            if (queues.liveCount() >= capacity) {
                return Offer.FULL;
            }
            // Counted as delivered even when the start reflects it and it is dropped, as it always was.
            if (!queues.reflects(event.id())) {
                queues.live(event.frame(kind, shownWhole, theirs));
            }
        }
        drain();
        return Offer.QUEUED;
    }

    /** A heartbeat, unless frames are already waiting: a stream that is not idle needs none. */
    void heartbeat(Frame keepAlive) {
        synchronized (this) {
            if (!isOpen() || !queues.isEmpty()) {
                return;
            }
            queues.control(keepAlive);
        }
        drain();
    }

    /**
     * The stream's first frames (its snapshot or replay) and the events they reflect: live events from
     * then on go out after them, unless reflected.
     */
    void start(List<Frame> frames, Reflected reflected) {
        holds.read();
        synchronized (this) {
            if (!isOpen()) {
                return;
            }
            queues.start(frames, reflected);
        }
        drain();
    }

    /** The watch that ends the stream when its token is revoked; let go with the stream. */
    void watch(Disposable revocation) {
        holds.watch(revocation);
    }

    /** The read of the stream's start, cancelled if the client goes first. */
    void reading(Disposable reading) {
        holds.reading(reading);
    }

    @Override
    protected void release() {
        if (RELEASED.getAndSet(this, 1) != 0) {
            return;
        }
        holds.release();
        onRelease.accept(this);
    }
}
