package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's CPU over a span, backends that came and went within it included. {@link CpuTime#sample}
 * adds up the processes alive at each end, so a backend that exits in between takes its CPU with it:
 * pgbench's connections, which do all of its work, or the suite's own JDBC connection that has just
 * inserted the bookings. This one reads every PostgreSQL process every {@value #PERIOD_MILLIS} ms and
 * keeps each one's last figure, losing at most that much of a backend's life.
 */
final class PostgresCpu {

    private static final long PERIOD_MILLIS = 100;

    /** Per process: its ticks when first seen (0 for one that started within the span) and when last seen. */
    private final Map<String, long[]> ticks = new ConcurrentHashMap<>();
    private final Set<String> others = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "postgres-cpu");
        thread.setDaemon(true);
        return thread;
    });

    private PostgresCpu() {
    }

    static PostgresCpu watch() {
        PostgresCpu watch = new PostgresCpu();
        watch.poll(true);
        watch.poller.scheduleAtFixedRate(() -> watch.poll(false), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return watch;
    }

    /** Stops watching. @return PostgreSQL's CPU seconds since {@link #watch()} */
    double stop() throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(5, TimeUnit.SECONDS);
        poll(false);
        return ticks.values().stream().mapToLong(seen -> seen[1] - seen[0]).sum() / CpuTime.TICKS_PER_SECOND;
    }

    private synchronized void poll(boolean first) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.map(folder -> folder.getFileName().toString()).filter(pid -> pid.matches("\\d+"))
                    .filter(pid -> !others.contains(pid)).forEach(pid -> {
                        Path stat = Path.of("/proc", pid, "stat");
                        if (!CpuTime.isPostgres(stat)) {
                            others.add(pid);
                            return;
                        }
                        long now = CpuTime.ticks(stat, 11);
                        if (now > 0) {
                            ticks.computeIfAbsent(pid, started -> new long[] {first ? now : 0, now})[1] = now;
                        }
                    });
        }
        catch (IOException e) {
            // /proc is always there on Linux; without it every figure is NaN anyway
        }
    }
}
