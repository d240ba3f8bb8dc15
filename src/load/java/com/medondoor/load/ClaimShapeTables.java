package com.medondoor.load;

import java.util.ArrayList;
import java.util.List;

import com.medondoor.load.ClaimShapes.Run;
import com.medondoor.load.ReportTables.Section;
import com.medondoor.load.ReportTables.Table;

/**
 * The claims scenario's figures as tables: every shape against every target, the service's ratios to
 * the bare stack against the targets, and the profile of the hot storm if one was recorded.
 */
final class ClaimShapeTables {

    static final String SERVICE = "service";
    static final String BARE = "bare stack";
    /** Issue 12's targets: the service against the bare stack. */
    static final double HOT_THROUGHPUT = 0.7;
    static final double FRESH_THROUGHPUT = 0.9;
    static final double HOT_CPU = 1.5;
    private static final String PROTOTYPE = "Node/Express + MySQL prototype (issue 12)";

    private ClaimShapeTables() {
    }

    static Section section(ClaimShapes.Result result, LoadSettings settings) {
        List<Table> tables = new ArrayList<>(List.of(runs(result), ratios(result)));
        if (result.profile() != null) {
            tables.add(profile(result.profile()));
        }
        return new Section("Claims against the bare stack", note(result, settings), tables, List.of(), List.of());
    }

    /** The same tables as text, for the console. */
    static String text(ClaimShapes.Result result, LoadSettings settings) {
        StringBuilder text = new StringBuilder("Claims against the bare stack: " + note(result, settings) + "\n");
        section(result, settings).tables().forEach(table -> text.append('\n').append(Report.text(table)));
        return text.toString();
    }

    /** The capacity storm's rule, if it ran: at most one winner per booking, at most one visit per provider. */
    static List<List<String>> capacityRule(ClaimShapes.Result result) {
        List<Run> runs = result.runs().stream().filter(run -> run.shape() == ClaimShape.CAPACITY).toList();
        long broken = runs.stream().mapToLong(run -> run.violations().size()).sum();
        return runs.isEmpty() ? List.of() : List.of(List.of("capacity storm: at most one winner per booking, one visit per provider",
                broken == 0 ? "met" : "MISSED", broken == 0 ? "yes, in both databases" : "no: %d violations".formatted(broken)));
    }

    /** The three targets, each met or missed (never a broken rule: the suite does not fail on them). */
    static List<List<String>> targets(ClaimShapes.Result result) {
        return List.of(
                target("hot-storm claims/s ≥ %.0f%% of the bare stack's".formatted(100 * HOT_THROUGHPUT),
                        throughput(result, ClaimShape.HOT), HOT_THROUGHPUT, true),
                target("fresh claims/s ≥ %.0f%% of the bare stack's".formatted(100 * FRESH_THROUGHPUT),
                        throughput(result, ClaimShape.FRESH), FRESH_THROUGHPUT, true),
                target("CPU per hot-storm claim (service + PostgreSQL) ≤ %.1f x the bare stack's".formatted(HOT_CPU),
                        cpu(result, ClaimShape.HOT), HOT_CPU, false));
    }

    private static List<String> target(String name, double ratio, double bound, boolean atLeast) {
        if (Double.isNaN(ratio)) {
            return List.of(name, "not measured", "-");
        }
        boolean met = atLeast ? ratio >= bound : ratio <= bound;
        return List.of(name, met ? "met" : "MISSED", "%.2f x".formatted(ratio));
    }

    /** The service's claims/s over the bare stack's. */
    static double throughput(ClaimShapes.Result result, ClaimShape shape) {
        Run service = result.find(shape, SERVICE);
        Run bare = result.find(shape, BARE);
        return service == null || bare == null ? Double.NaN : service.outcome().perSecond() / bare.outcome().perSecond();
    }

    /** The service's and PostgreSQL's CPU per claim over the bare stack's and PostgreSQL's. */
    static double cpu(ClaimShapes.Result result, ClaimShape shape) {
        Run service = result.find(shape, SERVICE);
        Run bare = result.find(shape, BARE);
        return service == null || bare == null ? Double.NaN
                : (service.targetCpu() + service.postgresCpu()) / (bare.targetCpu() + bare.postgresCpu());
    }

    private static Table runs(ClaimShapes.Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (ClaimShape shape : ClaimShape.values()) {
            result.runs().stream().filter(run -> run.shape() == shape).forEach(run -> rows.add(List.of(shape.title(),
                    run.target(), number(run.outcome().perSecond()) + (run.outcome().exhausted() ? " (ran out of bookings)" : ""),
                    "%,d / %,d / %,d / %,d".formatted(run.outcome().count(200),
                            run.outcome().count(ClaimRefusal.CAPACITY_REACHED),
                            run.outcome().count(ClaimRefusal.BOOKING_STATUS_CONFLICT), run.outcome().others()),
                    Report.millis(run.outcome().p50()) + " / " + Report.millis(run.outcome().p95()) + " / "
                            + Report.millis(run.outcome().p99()) + " / " + Report.millis(run.outcome().max()),
                    millis(run.targetCpu()), millis(run.postgresCpu()), millis(run.generatorCpu()))));
            PgbenchBaseline.Result pgbench = result.pgbench();
            if (shape == ClaimShape.HOT && pgbench != null) {
                rows.add(List.of(shape.title(), "pgbench, the claim statement alone", number(pgbench.tps()), "-",
                        "average " + Report.millis(pgbench.latencyAverageMillis()), "-",
                        millis(1000 * pgbench.cpu().postgres() / pgbench.transactions()),
                        millis(1000 * pgbench.cpu().loadGenerator() / pgbench.transactions())));
            }
            if (shape == ClaimShape.HOT && result.find(shape, SERVICE) != null) {
                rows.add(List.of(shape.title(), PROTOTYPE, "1,044", "-", "-", "0.97", "0.10", "-"));
            }
            if (shape == ClaimShape.FRESH && result.find(shape, SERVICE) != null) {
                rows.add(List.of(shape.title(), PROTOTYPE, "736", "-", "-", "1.15", "0.34", "-"));
            }
        }
        return new Table(List.of("shape", "target", "claims/s",
                "won (200) / 409 capacity-reached / 409 booking-status-conflict / other", "latency p50 / p95 / p99 / max ms",
                "target CPU ms per claim", "PostgreSQL CPU ms per claim", "load generator CPU ms per claim"), rows);
    }

    private static Table ratios(ClaimShapes.Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (ClaimShape shape : ClaimShape.values()) {
            if (result.find(shape, SERVICE) != null && result.find(shape, BARE) != null) {
                double throughput = throughput(result, shape);
                double cpu = cpu(result, shape);
                rows.add(List.of(shape.title(), "%.2f x".formatted(throughput),
                        shape == ClaimShape.HOT ? verdict(throughput >= HOT_THROUGHPUT, "≥ " + HOT_THROUGHPUT)
                                : shape == ClaimShape.FRESH ? verdict(throughput >= FRESH_THROUGHPUT, "≥ " + FRESH_THROUGHPUT) : "-",
                        "%.2f x".formatted(cpu), shape == ClaimShape.HOT ? verdict(cpu <= HOT_CPU, "≤ " + HOT_CPU) : "-"));
            }
        }
        return new Table(List.of("shape", "claims/s, service / bare stack", "target", "CPU per claim (with PostgreSQL's), "
                + "service / bare stack", "target"), rows);
    }

    private static Table profile(StormProfile.Result profile) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < profile.frames().size(); i++) {
            StormProfile.Frame frame = profile.frames().get(i);
            rows.add(List.of(String.valueOf(i + 1), frame.method(), "%,d".formatted(frame.samples()),
                    "%.1f%%".formatted(100 * frame.share())));
        }
        return new Table(List.of("rank", "service's top frame in the hot storm (JFR, %,d samples)".formatted(profile.samples()),
                "samples", "share"), rows);
    }

    private static String note(ClaimShapes.Result result, LoadSettings settings) {
        return ("wrk -t%d -c%d, closed loop, %d s per shape and target after a warm-up of %,d claims of its own; %d providers;"
                + " both targets on fresh databases, on this machine's cores with PostgreSQL and wrk. Latencies as wrk reports"
                + " them; CPU from /proc. The prototype's figures are issue 12's, not measured here.%s%s").formatted(
                        WrkRun.THREADS, settings.claimConnections(), settings.claimSeconds(), settings.claimWarmup(),
                        settings.claimProviders(), result.profile() == null ? ""
                                : " The service's hot storm ran under JFR, whose cost its figures include.",
                        !settings.claimShapes().contains(ClaimShape.CAPACITY) ? ""
                                : " The capacity storm is the random-order storm by providers of their own who may each hold"
                                        + " one visit (the service started so, the bare stack's duty rows so); the warm-up's"
                                        + " visits are cancelled before it is measured, and afterwards each database must"
                                        + " show no provider holding more than one visit, as their duty row counts.");
    }

    private static String verdict(boolean met, String bound) {
        return (met ? "met (" : "MISSED (") + bound + ")";
    }

    private static String millis(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-" : "%.2f".formatted(value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : "%,.0f".formatted(value);
    }
}
