package com.medondoor.live;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * The frames waiting for one client ({@link FrameQueues}), handed to its one subscriber (the server's
 * connection) as fast as it asks for them. Anyone may add frames, from any thread; frames go out in
 * order, from one thread at a time. Once ended it takes nothing more, sends its last frame if it was
 * given one, and completes (or fails).
 */
abstract class FrameOutlet extends SerialDrain implements Publisher<Frame>, Subscription {

    // Guarded by this.
    private Subscriber<? super Frame> subscriber;
    protected final FrameQueues queues = new FrameQueues();
    private long requested;
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

    /** Sends a control frame ahead of any live frame still waiting. */
    void push(Frame frame) {
        synchronized (this) {
            if (!isOpen()) {
                return;
            }
            queues.control(frame);
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
            queues.clear();
            if (last != null) {
                queues.control(last);
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
            queues.clear();
        }
        release();
    }

    /** Hands waiting frames over while the subscriber asks for them; false once it has finished. */
    @Override
    protected final boolean drainOnce() {
        for (;;) {
            Frame next = null;
            boolean finish = false;
            synchronized (this) {
                if (done) {
                    return false;
                }
                if (requested > 0) {
                    next = queues.poll();
                }
                if (next != null) {
                    requested--;
                }
                else if (ending && !queues.hasControl()) {
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
                return false;
            }
            if (next == null) {
                return true;
            }
            subscriber.onNext(next);
        }
    }
}
