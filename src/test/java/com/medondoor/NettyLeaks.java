package com.medondoor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class in which the service leaves a Netty buffer unreleased: every buffer allocated while
 * the class runs is tracked ({@code PARANOID}), and any leak report is the class's failure, with the
 * report (where the buffer was created and last touched) as its message.
 * <p>
 * Except a buffer the tests' own HTTP client read off a socket (the response decoder, {@code
 * HttpClientCodec}, touched it): that one belongs to the test's side, not the service's. Reactor Netty's
 * client once dropped one, most likely of a live stream a test cancelled (one full CI run of many; the
 * guarded classes, run alone three times over, did not do it again). Such a report is printed as a warning
 * and fails nothing. The tests still read or release every body they receive ({@code Api}).
 *
 * <p>Netty reports a leak only once the buffer has been garbage-collected and a later allocation
 * notices, so the check collects garbage and allocates when the class is done. It runs as the class's
 * extension store closes, after every {@code afterAll} callback, Spring's included: the class's
 * context, its server and its clients' connections are closed by then, and what they held counts too.
 * Leaks from earlier classes are flushed out before tracking starts, so that they are not counted here.
 */
public final class NettyLeaks implements BeforeAllCallback {

    private static final String CLIENT_DECODER = "HttpClientCodec$Decoder";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NettyLeaks.class);

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        context.getStore(NAMESPACE).put(Watch.class, new Watch(context.getDisplayName()));
    }

    /** Tracks every buffer while open; fails with what leaked as it closes. */
    private static final class Watch implements AutoCloseable {

        private final String testClass;
        private final ResourceLeakDetector.Level levelBefore = ResourceLeakDetector.getLevel();
        private final CapturedLogs reports;

        Watch(String testClass) throws InterruptedException {
            this.testClass = testClass;
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
            flush();
            reports = CapturedLogs.of(ResourceLeakDetector.class);
        }

        @Override
        public void close() throws InterruptedException {
            try {
                flush();
            }
            finally {
                reports.close();
                ResourceLeakDetector.setLevel(levelBefore);
            }
            Map<Boolean, List<String>> byClient = reports.atLeast(Level.ERROR).stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .collect(Collectors.partitioningBy(report -> report.contains(CLIENT_DECODER)));
            List<String> clientLeaks = byClient.get(true);
            List<String> leaks = byClient.get(false);
            if (!clientLeaks.isEmpty()) {
                System.err.println("Warning: " + clientLeaks.size() + " buffer(s) of the tests' HTTP client leaked in "
                        + testClass + " (not the service's); the first report:\n" + clientLeaks.get(0));
            }
            if (!leaks.isEmpty()) {
                throw new AssertionError(leaks.size() + " Netty buffer(s) leaked in " + testClass
                        + ", garbage-collected without being released; the first report:\n" + leaks.get(0));
            }
        }

        /** Collects garbage, and allocates so that the detector looks at what was collected. */
        private static void flush() throws InterruptedException {
            for (int round = 0; round < 10; round++) {
                System.gc();
                Thread.sleep(50);
                for (int i = 0; i < 100; i++) {
                    ByteBufAllocator.DEFAULT.directBuffer(16).release();
                }
            }
        }
    }
}
