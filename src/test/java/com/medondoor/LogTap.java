package com.medondoor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Hands every event logged to the {@link CapturedLogs} open at the time. Declared on the root logger
 * in logback-test.xml rather than attached by a test, because Spring Boot resets Logback, dropping
 * every appender it was not configured with, whenever a context starts after another has closed.
 */
public final class LogTap extends AppenderBase<ILoggingEvent> {

    private static final List<CapturedLogs> captures = new CopyOnWriteArrayList<>();

    static void open(CapturedLogs capture) {
        captures.add(capture);
    }

    static void close(CapturedLogs capture) {
        captures.remove(capture);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!captures.isEmpty()) {
            event.prepareForDeferredProcessing();
            captures.forEach(capture -> capture.offer(event));
        }
    }
}
