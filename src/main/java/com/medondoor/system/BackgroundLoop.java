package com.medondoor.system;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;

/** A reactive loop that runs from context start to context stop. */
public abstract class BackgroundLoop implements SmartLifecycle {

    private volatile Disposable running;

    /** Subscribes to the loop; called once at start. */
    protected abstract Disposable run();

    @Override
    public void start() {
        running = run();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable current = running;
        return current != null && !current.isDisposed();
    }
}
