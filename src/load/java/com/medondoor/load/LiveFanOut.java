package com.medondoor.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.medondoor.load.LoadClient.Account;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scenario 2: S providers hold job streams open; bookings are then created and claimed at a steady
 * rate, and for every stream the time from the claim's 200 to its {@code job.removed} is taken. Also
 * the events lost (every stream must get each booking's {@code job.available} and {@code job.removed})
 * and the service's memory per open stream.
 */
final class LiveFanOut {

    static final String SERVICE_TYPE = "NURSE_VISIT";
    private static final Duration DELIVERY_GRACE = Duration.ofSeconds(30);

    /**
     * One level's figures; latencies in milliseconds, memory in megabytes. {@code failure} says why a
     * level could not be run to its end (its streams did not all open, say), and is null otherwise.
     */
    record Level(int streams, double openSeconds, Latencies.Summary claimToRemoval, long expectedEvents,
            long lostEvents, long failedStreams, ServiceMemory before, ServiceMemory open, CpuTime cpu,
            String serviceLag, String failure) {

        static Level failed(int streams, ServiceMemory before, String failure) {
            return new Level(streams, Double.NaN, Latencies.Summary.NONE, 0, 0, 0, before,
                    new ServiceMemory(Double.NaN, Double.NaN), new CpuTime(0, 0, 0), "-", failure);
        }

        double heapKilobytesPerStream() {
            return 1000 * (open.heapMegabytes() - before.heapMegabytes()) / streams;
        }

        double residentKilobytesPerStream() {
            return 1000 * (open.residentMegabytes() - before.residentMegabytes()) / streams;
        }
    }

    private LiveFanOut() {
    }

    static List<Level> run(Scene scene, LoadSettings settings) throws Exception {
        int most = settings.mostStreams();
        List<Account> providers = scene.client().accounts(most, SERVICE_TYPE);
        Account claimer = scene.client().account(SERVICE_TYPE).block();
        List<Level> levels = new ArrayList<>();
        JobStreams streams = new JobStreams(scene.service().baseUrl(), most, settings.streamReaders());
        try {
            for (int count : settings.streams()) {
                Level level = level(scene, streams, providers.subList(0, count), claimer, settings);
                levels.add(level);
                if (level.failure() != null) {
                    break;
                }
            }
        }
        finally {
            streams.shutdown();
        }
        return levels;
    }

    private static Level level(Scene scene, JobStreams streams, List<Account> providers, Account claimer,
            LoadSettings settings) throws Exception {
        long pid = scene.service().pid();
        String service = scene.service().baseUrl();
        ServiceMemory before = ServiceMemory.measure(pid, service);
        String tooMany = OpenFiles.tooFewFor(providers.size(), pid);
        if (tooMany != null) {
            Level level = Level.failed(providers.size(), before, tooMany);
            System.out.printf("%nLive fan-out, %,d streams: NOT RUN: %s%n", level.streams(), tooMany);
            return level;
        }
        long opening = System.nanoTime();
        try {
            streams.open(providers);
        }
        catch (RuntimeException failure) {
            streams.close();
            Level level = Level.failed(providers.size(), before, failure.toString());
            System.out.printf("%nLive fan-out, %,d streams: FAILED to open them all: %s%n", level.streams(), level.failure());
            return level;
        }
        double openSeconds = (System.nanoTime() - opening) / 1e9;
        ServiceMemory open = ServiceMemory.measure(pid, service);
        long failedBefore = streams.failures();

        CpuTime cpuBefore = CpuTime.sample(pid);
        ServiceLag lagBefore = ServiceLag.read(service);
        List<Claimed> claims = Flux.interval(Duration.ofMillis(Math.round(1000 / settings.fanoutRate())))
                .take(settings.fanoutClaims())
                .flatMap(tick -> bookAndClaim(scene, claimer))
                .collectList()
                .block(Duration.ofMinutes(30));
        long deadline = System.nanoTime() + DELIVERY_GRACE.toNanos();
        while (System.nanoTime() < deadline && !allDelivered(streams, claims, providers.size())) {
            Thread.sleep(200);
        }
        CpuTime cpu = CpuTime.sample(pid).since(cpuBefore);
        String serviceLag = ServiceLag.read(service).since(lagBefore);

        Latencies latencies = new Latencies();
        long lost = 0;
        for (Claimed claim : claims) {
            JobStreams.Arrivals arrivals = streams.arrivals(claim.booking().toString());
            int removed = Math.min(arrivals.removedCount.get(), providers.size());
            for (int i = 0; i < removed; i++) {
                latencies.recordMillis(Math.max(0, arrivals.removed[i] - claim.answeredAt()) / 1e6);
            }
            lost += (providers.size() - removed) + (providers.size() - Math.min(arrivals.available.sum(), providers.size()));
        }
        Level level = new Level(providers.size(), openSeconds, latencies.summaryOfMillis(),
                2L * providers.size() * claims.size(), lost, streams.failures() - failedBefore, before, open, cpu,
                serviceLag, null);
        streams.close();
        awaitStreamsClosed(service);
        print(level);
        return level;
    }

    /** A booking made and claimed, and when the claim's 200 arrived (System.nanoTime). */
    private record Claimed(UUID booking, long answeredAt) {
    }

    private static Mono<Claimed> bookAndClaim(Scene scene, Account claimer) {
        Account patient = scene.patients().get(0);
        return scene.client().book(patient, SERVICE_TYPE)
                .flatMap(booking -> scene.client().claim(claimer, booking).flatMap(answer -> answer.status() == 200
                        ? Mono.just(new Claimed(booking, System.nanoTime()))
                        : Mono.error(new IllegalStateException("claim answered " + answer.status() + ": " + answer.body()))));
    }

    private static boolean allDelivered(JobStreams streams, List<Claimed> claims, int count) {
        return claims.stream().map(claim -> streams.arrivals(claim.booking().toString()))
                .allMatch(arrivals -> arrivals.removedCount.get() >= count && arrivals.available.sum() >= count);
    }

    /** The service must let go of every stream its clients closed; the next level starts from none. */
    private static void awaitStreamsClosed(String service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        double open = Double.NaN;
        while (System.nanoTime() < deadline) {
            open = ServiceMemory.gauge(service, "medondoor.live.streams");
            if (open == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service still counts " + open + " open streams a minute after they closed");
    }

    private static void print(Level level) {
        System.out.printf("%nLive fan-out, %,d streams (opened in %.1f s):%n", level.streams(), level.openSeconds());
        System.out.println("  claim's 200 to job.removed, ms: " + Report.percentiles(level.claimToRemoval()));
        System.out.println("  the service's own lag, commit to handing to the streams, mean / max ms: " + level.serviceLag());
        System.out.printf("  events lost: %d of %,d; streams failed: %d%n", level.lostEvents(), level.expectedEvents(),
                level.failedStreams());
        System.out.printf("  service heap after GC %.0f MB -> %.0f MB (%.1f KB per stream), resident %.0f MB -> %.0f MB "
                + "(%.1f KB per stream)%n", level.before().heapMegabytes(), level.open().heapMegabytes(),
                level.heapKilobytesPerStream(), level.before().residentMegabytes(), level.open().residentMegabytes(),
                level.residentKilobytesPerStream());
        System.out.printf("  service CPU while claiming: %.1f s%n", level.cpu().service());
    }
}
