package com.medondoor.live;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * The frames waiting for one client, handed to its one subscriber (the server's connection) as fast as
 * it asks for them. Control frames go first; live frames wait until {@link #releaseLive()}. Anyone may
 * add frames, from any thread; frames go out in order, from one thread at a time. Once ended it takes
 * nothing more, sends its last frame if it was given one, and completes (or fails).
 */
abstract class FrameOutlet implements Publisher<Frame>, Subscription {

    private static final AtomicIntegerFieldUpdater<FrameOutlet> DRAINING =
            AtomicIntegerFieldUpdater.newUpdater(FrameOutlet.class, "draining");

    private volatile int draining;

    // Guarded by this.
    private Subscriber<? super Frame> subscriber;
    protected final ArrayDeque<Frame> control = new ArrayDeque<>(2);
    protected final ArrayDeque<Frame> live = new ArrayDeque<>(2);
    private long requested;
    private boolean liveReleased;
    private boolean ending;
    private boolean done;
    private Throwable failure;

    /** Called once the subscriber has its subscription. */
    protected abstract void subscribed();

    /** Called once when the outlet has ended or its subscriber has cancelled: let go of everything. */
    protected abstract void release();

    @Override
    public final void subscribe(Subscriber<? super Frame> subscriber) {
        boolean first;
        synchronized (this) {
            first = this.subscriber == null;
            if (first) {
                this.subscriber = subscriber;
            }
        }
        if (!first) {
            Operators.error(subscriber, new IllegalStateException("an outlet has one subscriber only"));
            return;
        }
        subscriber.onSubscribe(this);
        subscribed();
    }

    /** Whether frames are still taken; callers check it, and change the queues, holding the lock. */
    protected final boolean isOpen() {
        return !ending && !done;
    }

    /** Live frames may go out from now on, after the control frames already waiting. */
    protected final void releaseLive() {
        liveReleased = true;
    }

    /** Sends a control frame ahead of any live frame still waiting. */
    void push(Frame frame) {
        synchronized (this) {
            if (!isOpen()) {
                return;
            }
            control.add(frame);
        }
        drain();
    }

    /** Ends at once, whatever is still waiting, with {@code last} as the last frame if given. */
    void end(Frame last) {
        terminate(last, null);
    }

    /** Ends at once with an error. */
    void fail(Throwable error) {
        terminate(null, error);
    }

    private void terminate(Frame last, Throwable error) {
        synchronized (this) {
            if (!isOpen()) {
                if (error != null) {
                    Operators.onErrorDropped(error, Context.empty());
                }
                return;
            }
            ending = true;
            failure = error;
            control.clear();
            live.clear();
            if (last != null) {
                control.add(last);
            }
        }
        release();
        drain();
    }

    @Override
    public final void request(long n) {
        if (n <= 0) {
            fail(new IllegalArgumentException("§3.9: a request must be positive, was " + n));
            return;
        }
        synchronized (this) {
            requested = Operators.addCap(requested, n);
        }
        drain();
    }

    @Override
    public final void cancel() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            control.clear();
            live.clear();
        }
        release();
    }

    /** Hands waiting frames over while the subscriber asks for them; one thread at a time. */
    protected final void drain() {
        if (DRAINING.getAndIncrement(this) != 0) {
            return;
        }
        int missed = 1;
        do {
            for (;;) {
                Frame next = null;
                boolean finish = false;
                synchronized (this) {
                    if (done) {
                        return;
                    }
                    if (requested > 0) {
                        next = control.poll();
                        if (next == null && liveReleased) {
                            next = live.poll();
                        }
                    }
                    if (next != null) {
                        requested--;
                    }
                    else if (ending && control.isEmpty()) {
                        done = true;
                        finish = true;
                    }
                }
                if (finish) {
                    if (failure != null) {
                        subscriber.onError(failure);
                    }
                    else {
                        subscriber.onComplete();
                    }
                    return;
                }
                if (next == null) {
                    break;
                }
                subscriber.onNext(next);
            }
            missed = DRAINING.addAndGet(this, -missed);
        }
        while (missed != 0);
    }
}
