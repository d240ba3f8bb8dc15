package com.medondoor.live;

import reactor.core.Disposable;

/**
 * What an open stream holds besides its frames: the watch that ends it when its token is revoked, and
 * the read of its start until that read has answered. All of it is let go once, with the stream; what
 * comes after that is let go at once.
 */
final class StreamHolds {

    // Guarded by this.
    private Disposable revocation;
    private Disposable reading;
    private boolean read;
    private boolean released;

    void watch(Disposable revocation) {
        synchronized (this) {
            if (!released) {
                this.revocation = revocation;
                return;
            }
        }
        revocation.dispose();
    }

    /** The read of the start, cancelled if the stream is let go first; nothing to hold once it answered. */
    void reading(Disposable reading) {
        synchronized (this) {
            if (read) {
                return;
            }
            if (!released) {
                this.reading = reading;
                return;
            }
        }
        reading.dispose();
    }

    /** The start has been read: its read holds nothing any more. */
    synchronized void read() {
        read = true;
        reading = null;
    }

    void release() {
        Disposable watch;
        Disposable pending;
        synchronized (this) {
            released = true;
            watch = revocation;
            pending = reading;
            revocation = null;
            reading = null;
        }
        if (watch != null) {
            watch.dispose();
        }
        if (pending != null) {
            pending.dispose();
        }
    }
}
