package com.medondoor.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.medondoor.load.LoadClient.Account;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Many providers' job streams held open at once, on Reactor Netty's HttpClient (one connection each).
 * Every {@code job.removed} event is timed as it arrives and every {@code job.available} counted, by
 * booking; heartbeats are only parsed.
 */
final class JobStreams implements AutoCloseable {

    private static final Duration OPEN_TIMEOUT = Duration.ofMinutes(2);
    private static final int OPENING_AT_ONCE = 200;

    /** Arrival times (System.nanoTime) of one booking's events, one slot per stream. */
    static final class Arrivals {
        final long[] removed;
        final AtomicInteger removedCount = new AtomicInteger();
        final LongAdder available = new LongAdder();

        Arrivals(int streams) {
            removed = new long[streams];
        }
    }

    private final LoopResources loops;
    private final ConnectionProvider connections;
    private final HttpClient http;
    private final Map<String, Arrivals> tracked = new ConcurrentHashMap<>();
    private final List<Disposable> open = new ArrayList<>();
    private final LongAdder failures = new LongAdder();
    private int streams;

    /** {@code readers}: the threads that read every stream ({@link LoadSettings#streamReaders()}). */
    JobStreams(String baseUrl, int most, int readers) {
        loops = LoopResources.create("job-streams", readers, true);
        connections = ConnectionProvider.builder("job-streams").maxConnections(most + 10)
                .pendingAcquireMaxCount(-1).build();
        http = HttpClient.create(connections).runOn(loops, false).baseUrl(baseUrl).responseTimeout(Duration.ofHours(1));
    }

    /** Opens one stream per provider and returns once every one of them has said it is open. */
    void open(List<Account> providers) {
        streams = providers.size();
        Flux.fromIterable(providers)
                .flatMap(this::openOne, OPENING_AT_ONCE)
                .then()
                .block(OPEN_TIMEOUT);
    }

    private Mono<Void> openOne(Account provider) {
        Sinks.Empty<Void> opened = Sinks.empty();
        EventParser parser = new EventParser(opened);
        Disposable stream = http.headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + provider.token())
                        .set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                .get().uri("/api/jobs/stream")
                .responseContent().asString(StandardCharsets.UTF_8)
                .subscribe(parser::feed, failure -> {
                    failures.increment();
                    opened.tryEmitError(failure);
                });
        synchronized (open) {
            open.add(stream);
        }
        return opened.asMono();
    }

    /** The events of this booking seen so far (none yet: empty). */
    Arrivals arrivals(String booking) {
        return tracked.computeIfAbsent(booking, id -> new Arrivals(streams));
    }

    /** Streams that ended with an error (a dropped connection, say), over this object's life. */
    long failures() {
        return failures.sum();
    }

    /** Closes every stream, as a client going away would. */
    @Override
    public void close() {
        synchronized (open) {
            open.forEach(Disposable::dispose);
            open.clear();
        }
        tracked.clear();
    }

    void shutdown() {
        close();
        connections.dispose();
        loops.dispose();
    }

    /** Splits one stream's text into events; {@code :open} completes the stream's opening. */
    private final class EventParser {

        private final Sinks.Empty<Void> opened;
        private final StringBuilder pending = new StringBuilder();

        EventParser(Sinks.Empty<Void> opened) {
            this.opened = opened;
        }

        void feed(String chunk) {
            long arrived = System.nanoTime();
            pending.append(chunk);
            int end;
            while ((end = pending.indexOf("\n\n")) >= 0) {
                event(pending.substring(0, end), arrived);
                pending.delete(0, end + 2);
            }
        }

        private void event(String block, long arrived) {
            if (block.startsWith(":open") || block.contains("\n:open")) {
                opened.tryEmitEmpty();
                return;
            }
            boolean removed = block.contains("event:job.removed");
            if (!removed && !block.contains("event:job.available")) {
                return;
            }
            int data = block.indexOf("\"id\":\"");
            if (data < 0) {
                return;
            }
            // Recorded for every booking, since an event may arrive before its creator learns the id.
            Arrivals arrivals = arrivals(block.substring(data + 6, data + 42));
            if (removed) {
                int slot = arrivals.removedCount.getAndIncrement();
                if (slot < arrivals.removed.length) {
                    arrivals.removed[slot] = arrived;
                }
            }
            else {
                arrivals.available.increment();
            }
        }
    }
}
