package com.medondoor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The events logged while this is open, by one logger and those under it or by all, as far as their
 * levels let them through (logback-test.xml: WARN, and INFO for com.medondoor); see {@link LogTap}.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Predicate<String> loggers;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    private CapturedLogs(Predicate<String> loggers) {
        this.loggers = loggers;
        LogTap.open(this);
    }

    /** Captures what this logger, by name, and the loggers under it log from now on. */
    public static CapturedLogs of(String loggerName) {
        return new CapturedLogs(name -> name.equals(loggerName) || name.startsWith(loggerName + "."));
    }

    public static CapturedLogs of(Class<?> loggingClass) {
        return of(loggingClass.getName());
    }

    /** Captures what any logger logs from now on. */
    public static CapturedLogs all() {
        return new CapturedLogs(name -> true);
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(events);
    }

    /** The captured events at this level or above. */
    public List<ILoggingEvent> atLeast(Level level) {
        return events.stream().filter(event -> event.getLevel().isGreaterOrEqual(level)).toList();
    }

    @Override
    public void close() {
        LogTap.close(this);
    }

    void offer(ILoggingEvent event) {
        if (loggers.test(event.getLoggerName())) {
            events.add(event);
        }
    }
}
