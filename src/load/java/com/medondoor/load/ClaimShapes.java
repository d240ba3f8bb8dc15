package com.medondoor.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.medondoor.load.LoadClient.Account;

/**
 * The claims scenario: each shape ({@link ClaimShape}) against the service and against the bare stack
 * ({@link BareClaimServer}), both driven by the same wrk, closed loop: for each, a warm-up of its own,
 * then a fixed duration, then the target's database is asked whether the rules held ({@link ClaimLedger}).
 * pgbench runs the claim statement in the hot shape for the database's own ceiling.
 */
final class ClaimShapes {

    private static final int WARMUP_TIMEOUT_SECONDS = 600;
    /**
     * Bookings for the measured run: the warm-up's rate this many times over, so that none runs out
     * (a run that does is flagged). More would be inserted, and vacuumed, for nothing; a storm's
     * bookings are cheap (one per P claims), so storms plan for at least {@link #STORM_RATE}.
     */
    private static final int HEADROOM = 3;
    private static final double STORM_RATE = 20_000;
    private static int runs;

    /** One shape against one target: what wrk saw, the CPU it cost, and every rule it broke. */
    record Run(ClaimShape shape, String target, WrkRun.Outcome outcome, CpuTime cpu, List<String> violations) {

        /** Milliseconds of the target's CPU, and of PostgreSQL's, per claim. */
        double targetCpu() {
            return 1000 * cpu.service() / outcome.requests();
        }

        double postgresCpu() {
            return 1000 * cpu.postgres() / outcome.requests();
        }

        double generatorCpu() {
            return 1000 * cpu.loadGenerator() / outcome.requests();
        }
    }

    /** Every run, pgbench's hot storm, and the service's profile during its hot storm (null unless asked for). */
    record Result(List<Run> runs, PgbenchBaseline.Result pgbench, StormProfile.Result profile) {

        Run find(ClaimShape shape, String target) {
            return runs.stream().filter(run -> run.shape() == shape && run.target().equals(target)).findFirst().orElse(null);
        }

        List<String> violations() {
            return runs.stream().flatMap(run -> run.violations().stream()).toList();
        }
    }

    private ClaimShapes() {
    }

    static Result run(Scene scene, LoadSettings settings) throws Exception {
        List<Account> providers = scene.client().accounts(settings.claimProviders(), ClaimStorm.SERVICE_TYPE);
        Map<String, List<String>> tokens = new HashMap<>(Map.of(ClaimStorm.SERVICE_TYPE, bearers(providers)));
        for (ClaimShape shape : settings.claimShapes()) {
            if (!tokens.containsKey(shape.serviceType())) {
                tokens.put(shape.serviceType(), bearers(scene.client().accounts(settings.claimProviders(), shape.serviceType())));
            }
        }
        ClaimTarget service = new ClaimTarget("service", scene.service().baseUrl().replace("localhost", "127.0.0.1"),
                scene.service().pid(), scene.service().database(), "Authorization", tokens, scene.patients().get(0).id());
        List<Run> runs = new ArrayList<>();
        StormProfile.Result profile = null;
        try (BareStack bare = BareStack.start(settings, settings.claimProviders())) {
            for (ClaimShape shape : settings.claimShapes()) {
                for (ClaimTarget target : List.of(service, bare.target())) {
                    boolean profiled = settings.profile() && target == service && shape == ClaimShape.HOT;
                    StormProfile recording = profiled ? new StormProfile(target.pid(), settings.output()) : null;
                    runs.add(measure(target, shape, settings, recording));
                    if (recording != null) {
                        profile = recording.result();
                    }
                }
            }
        }
        PgbenchBaseline.Result pgbench = settings.claimShapes().contains(ClaimShape.HOT)
                ? PgbenchBaseline.hot(scene, providers, (long) settings.bookings() * settings.providers(), LoadSuite.POOL_SIZE)
                : null;
        Result result = new Result(runs, pgbench, profile);
        System.out.println();
        System.out.println(ClaimShapeTables.text(result, settings));
        return result;
    }

    /** Warms the target up in this shape, then measures it; a profile, if any, counts only the measured part. */
    private static Run measure(ClaimTarget target, ClaimShape shape, LoadSettings settings, StormProfile profile)
            throws Exception {
        int providers = settings.claimProviders();
        int threads = WrkRun.THREADS;
        String label = target.name().replace(' ', '-') + "-" + shape.script();
        if (profile != null) {
            profile.begin();
        }
        long warmupPerThread = Math.max(1, settings.claimWarmup() / threads);
        String warmupPrefix = prefix();
        PendingBookings.insert(target, shape, warmupPrefix, threads, shape.bookingsFor(warmupPerThread, providers));
        long started = System.nanoTime();
        WrkRun.run(target, shape, label + "-warmup", warmupPrefix, shape.bookingsFor(warmupPerThread, providers),
                warmupPerThread, settings.claimConnections(), WARMUP_TIMEOUT_SECONDS, settings.output());
        double warmupRate = settings.claimWarmup() / ((System.nanoTime() - started) / 1e9);
        if (shape.limited()) {
            // The warm-up filled the providers up: the measured storm starts with each of them free again.
            PendingBookings.cancelWon(target, warmupPrefix);
        }
        double plannedRate = shape == ClaimShape.FRESH ? HEADROOM * warmupRate : Math.max(HEADROOM * warmupRate, STORM_RATE);
        long perThread = shape.bookingsFor((long) (plannedRate * settings.claimSeconds() / threads)
                + settings.claimConnections(), providers);
        String prefix = prefix();
        PendingBookings.insert(target, shape, prefix, threads, perThread);
        Instant from = Instant.now();
        PostgresCpu postgres = PostgresCpu.watch();
        CpuTime before = CpuTime.sample(target.pid());
        WrkRun.Outcome outcome = WrkRun.run(target, shape, label, prefix, perThread, 0, settings.claimConnections(),
                settings.claimSeconds(), settings.output());
        CpuTime cpu = CpuTime.sample(target.pid()).since(before).withPostgres(postgres.stop());
        if (profile != null) {
            profile.end(from, Instant.now());
        }
        // Claims that were still in flight when wrk stopped finish in the database before it is asked.
        Thread.sleep(1000);
        Run run = new Run(shape, target.name(), outcome, cpu,
                ClaimLedger.violations(target, shape, prefix, outcome, providers, settings.claimConnections()));
        PendingBookings.deleteUnclaimed(target, warmupPrefix);
        PendingBookings.deleteUnclaimed(target, prefix);
        System.out.printf("%s, %s: %,.0f claims/s (%s; 409s %s), warm-up %,.0f/s%s%s%n", target.name(), shape.title(),
                outcome.perSecond(), outcome.statuses(), outcome.refusals(), warmupRate,
                outcome.exhausted() ? "; RAN OUT OF BOOKINGS, the rate is understated" : "", run.violations().isEmpty() ? ""
                        : "; RULES BROKEN: " + run.violations().subList(0, Math.min(3, run.violations().size())));
        return run;
    }

    private static List<String> bearers(List<Account> providers) {
        return providers.stream().map(provider -> "Bearer " + provider.token()).toList();
    }

    private static String prefix() {
        return "c1a1%04x".formatted(++runs);
    }
}
