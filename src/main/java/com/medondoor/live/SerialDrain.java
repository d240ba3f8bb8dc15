package com.medondoor.live;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Runs {@link #drainOnce()} on one thread at a time, whoever asks for it, from any thread: a call that
 * finds another one draining leaves it to that one, which drains again before it stops. So nothing
 * added while a drain runs is left waiting, and no lock is held while frames are handed over.
 */
abstract class SerialDrain {

    private static final AtomicIntegerFieldUpdater<SerialDrain> DRAINING =
            AtomicIntegerFieldUpdater.newUpdater(SerialDrain.class, "draining");

    private volatile int draining;

    /** Hands over what is waiting; false once nothing will ever be handed over again. */
    protected abstract boolean drainOnce();

    protected final void drain() {
        if (DRAINING.getAndIncrement(this) != 0) {
            return;
        }
        int missed = 1;
        do {
            if (!drainOnce()) {
                // Left draining for good: nobody drains a finished outlet again.
                return;
            }
            missed = DRAINING.addAndGet(this, -missed);
        }
        while (missed != 0);
    }
}
