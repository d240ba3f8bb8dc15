package com.medondoor.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A run's figures as tables and sections, each with its plots and Gatling reports, for {@link RunReport}. */
final class ReportTables {

    record Table(List<String> header, List<List<String>> rows) {
    }

    /** A part of the report: its tables, its plots and the Gatling reports behind it (files under output). */
    record Section(String title, String note, List<Table> tables, List<Path> charts, List<Path> reports) {

        static Section notRun(String title) {
            return new Section(title, "Not run.", List.of(), List.of(), List.of());
        }
    }

    private ReportTables() {
    }

    /** Any result may be null (or empty) when its scenario was skipped. */
    static List<Section> sections(Machine machine, LoadSettings settings, ClaimShapes.Result claims,
            PgbenchBaseline.Result baseline, ClaimStorm.Result storm, List<LiveFanOut.Level> fanout,
            BookingThroughput.Result bookings) throws IOException {
        Path output = settings.output();
        return List.of(
                new Section("Machine", null, List.of(table(List.of("CPU", "cores", "memory", "Java", "PostgreSQL"),
                        List.of(machine.cpu(), String.valueOf(machine.cores()), "%,d MB".formatted(machine.memoryMegabytes()),
                                machine.java(), machine.postgres()))), List.of(), List.of()),
                new Section("Settings", null, List.of(settings(settings)), List.of(), List.of()),
                new Section("Targets", null, List.of(targets(claims, baseline, storm, fanout, bookings)), List.of(), List.of()),
                claims == null ? Section.notRun("Claims against the bare stack") : ClaimShapeTables.section(claims, settings),
                storm == null ? Section.notRun("Claim storm") : new Section("Claim storm", null,
                        storm(baseline, storm), List.of(Charts.claimThroughput(storm, baseline, output),
                                Charts.claimLatency(storm, output)), List.of(storm.report())),
                fanout == null || fanout.isEmpty() ? Section.notRun("Live fan-out") : new Section("Live fan-out", fanoutFailures(fanout),
                        List.of(fanout(fanout)), List.of(Charts.fanoutLatency(fanout, output),
                                Charts.fanoutMemory(fanout, output)), List.of()),
                bookings == null ? Section.notRun("Booking throughput") : new Section("Booking throughput",
                        knee(bookings), List.of(bookings(bookings)),
                        List.of(Charts.bookingLatency(bookings, output), Charts.bookingThroughput(bookings, output)),
                        bookings.levels().stream().map(BookingThroughput.Level::report).toList()));
    }

    @SafeVarargs
    private static Table table(List<String> header, List<String>... rows) {
        return new Table(header, List.of(rows));
    }

    private static Table settings(LoadSettings settings) {
        return table(List.of("setting", "value"),
                List.of("claim storm", "%,d bookings x %,d providers".formatted(settings.bookings(), settings.providers())),
                List.of("fan-out streams", join(settings.streams()) + ", read by " + settings.streamReaders()
                        + (settings.streamReaders() == 1 ? " thread" : " threads")),
                List.of("fan-out claims", "%d at %s/s".formatted(settings.fanoutClaims(),
                        BigDecimal.valueOf(settings.fanoutRate()).stripTrailingZeros().toPlainString())),
                List.of("offered booking rates", join(settings.bookingRates()) + " per second, " + settings.levelSeconds() + " s each"),
                List.of("service JVM", ("-Xmx" + settings.serviceHeap() + " " + String.join(" ", settings.serviceOptions())).strip()),
                List.of("claim shapes", "%s; %,d providers; wrk -t%d -c%d for %d s after %,d claims of warm-up".formatted(
                        settings.claimShapes().stream().map(ClaimShape::title).collect(Collectors.joining(", ")),
                        settings.claimProviders(), WrkRun.THREADS, settings.claimConnections(), settings.claimSeconds(),
                        settings.claimWarmup()) + (settings.profile() ? "; the service's hot storm under JFR" : "")),
                List.of("scenarios", String.join(", ", settings.scenarios())));
    }

    /** The page's promises, each with what was measured; a scenario that did not run measured nothing. */
    private static Table targets(ClaimShapes.Result claims, PgbenchBaseline.Result baseline, ClaimStorm.Result storm,
            List<LiveFanOut.Level> fanout, BookingThroughput.Result bookings) {
        List<List<String>> rows = new ArrayList<>();
        List<LiveFanOut.Level> levels = fanout == null ? List.of() : fanout;
        List<BookingThroughput.Level> rates = bookings == null ? List.of() : bookings.levels();
        List<ClaimShapes.Run> runs = claims == null ? List.of() : claims.runs();
        long claimViolations = (storm == null ? 0 : storm.violations().size()) + (claims == null ? 0 : claims.violations().size());
        rows.add(target("exactly one winner per booking", storm == null && claims == null ? null : claimViolations == 0,
                claimViolations == 0 ? "yes" : "no: %d violations".formatted(claimViolations)));
        long serverErrors = rates.stream().mapToLong(BookingThroughput.Level::serverErrors).sum()
                + (storm == null ? 0 : storm.statuses().entrySet().stream().filter(status -> status.getKey() >= 500)
                        .mapToLong(status -> status.getValue()).sum())
                + runs.stream().flatMap(run -> run.outcome().statuses().entrySet().stream())
                        .filter(status -> status.getKey() >= 500).mapToLong(status -> status.getValue()).sum();
        long answers = rates.stream().mapToLong(level -> level.answers().count()).sum()
                + (storm == null ? 0 : storm.attempts().count()) + runs.stream().mapToLong(run -> run.outcome().requests()).sum();
        rows.add(target("zero 5xx", answers == 0 ? null : serverErrors == 0, "%,d of %,d answers".formatted(serverErrors, answers)));
        long lost = levels.stream().mapToLong(LiveFanOut.Level::lostEvents).sum();
        rows.add(target("zero lost events", levels.isEmpty() ? null : lost == 0, "%,d of %,d events lost".formatted(lost,
                levels.stream().mapToLong(LiveFanOut.Level::expectedEvents).sum())));
        LiveFanOut.Level tenThousand = levels.stream().filter(level -> level.streams() == 10_000).findFirst().orElse(null);
        rows.add(target("heap at 10,000 streams under 512 MB", tenThousand == null ? null
                : tenThousand.failure() == null && tenThousand.open().heapMegabytes() < 512,
                measured(tenThousand, fixed("%.0f MB", tenThousand == null ? Double.NaN : tenThousand.open().heapMegabytes()))));
        LiveFanOut.Level fiveThousand = levels.stream().filter(level -> level.streams() == 5_000).findFirst().orElse(null);
        rows.add(target("claim-to-removal p99 under 250 ms at 5,000 streams", fiveThousand == null ? null
                : fiveThousand.failure() == null && fiveThousand.claimToRemoval().p99() < 250,
                measured(fiveThousand, fiveThousand == null ? "" : Report.millis(fiveThousand.claimToRemoval().p99()) + " ms")));
        double share = storm == null ? Double.NaN : storm.attempts().perSecond() / baseline.tps();
        rows.add(target("claim throughput ≥ 60% of pgbench", storm == null ? null : share >= 0.6, storm == null ? ""
                : "%.0f%% (%s attempts/s against %s tps)".formatted(100 * share, number(storm.attempts().perSecond()),
                        number(baseline.tps()))));
        if (claims != null) {
            rows.addAll(ClaimShapeTables.capacityRule(claims));
            rows.addAll(ClaimShapeTables.targets(claims));
        }
        return new Table(List.of("target", "result", "measured"), rows);
    }

    private static String measured(LiveFanOut.Level level, String figure) {
        return level != null && level.failure() != null ? "the level failed: " + level.failure() : figure;
    }

    private static List<String> target(String name, Boolean met, String measured) {
        return List.of(name, met == null ? "not measured" : met ? "met" : "MISSED", met == null ? "-" : measured);
    }

    private static List<Table> storm(PgbenchBaseline.Result baseline, ClaimStorm.Result storm) {
        Table figures = table(List.of("figure", "value"),
                List.of("attempts", "%,d bookings x %,d providers = %,d".formatted(storm.bookings(), storm.providers(),
                        storm.expectedAttempts())),
                List.of("answers by status", storm.statuses().toString()),
                List.of("claim attempts/s", number(storm.attempts().perSecond())),
                List.of("pgbench, the claim statement alone", "%s tps over %d connections, latency average %s ms".formatted(
                        number(baseline.tps()), baseline.clients(), Report.millis(baseline.latencyAverageMillis()))),
                List.of("CPU per attempt", storm.cpu().perRequest(storm.attempts().count())),
                List.of("rule violations", storm.violations().isEmpty() ? "none" : String.valueOf(storm.violations().size())));
        return List.of(figures, table(List.of("answers", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "per second"),
                latencyRow("all attempts", storm.attempts()), latencyRow("won (200)", storm.wins()),
                latencyRow("conflict (409)", storm.conflicts())));
    }

    private static List<String> latencyRow(String name, Latencies.Summary summary) {
        return List.of(name, "%,d".formatted(summary.count()), Report.millis(summary.p50()), Report.millis(summary.p95()),
                Report.millis(summary.p99()), Report.millis(summary.max()), number(summary.perSecond()));
    }

    private static Table fanout(List<LiveFanOut.Level> levels) {
        return new Table(List.of("streams", "opened in", "claim to removal p50 / p95 / p99 / max ms",
                "service's lag, commit to streams, mean / max ms", "events lost",
                "streams failed", "heap MB before → open", "heap KB per stream", "resident MB before → open",
                "resident KB per stream", "service CPU while claiming"), levels.stream().map(level -> List.of(
                        "%,d".formatted(level.streams()), fixed("%.1f s", level.openSeconds()),
                        percentiles(level.claimToRemoval()), level.serviceLag(),
                        "%,d of %,d".formatted(level.lostEvents(), level.expectedEvents()), String.valueOf(level.failedStreams()),
                        fixed("%.0f", level.before().heapMegabytes()) + " → " + fixed("%.0f", level.open().heapMegabytes()),
                        fixed("%.1f", level.heapKilobytesPerStream()),
                        fixed("%.0f", level.before().residentMegabytes()) + " → " + fixed("%.0f", level.open().residentMegabytes()),
                        fixed("%.1f", level.residentKilobytesPerStream()), "%.1f s".formatted(level.cpu().service()))).toList());
    }

    /** What stopped the fan-out early, if anything did. */
    private static String fanoutFailures(List<LiveFanOut.Level> levels) {
        List<String> failures = levels.stream().filter(level -> level.failure() != null)
                .map(level -> "%,d streams: %s".formatted(level.streams(), level.failure())).toList();
        return failures.isEmpty() ? null : "Failed at " + String.join("; ", failures) + ".";
    }

    private static Table bookings(BookingThroughput.Result result) {
        return new Table(List.of("offered/s", "answered/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "not 201", "5xx",
                "service CPU per booking"), result.levels().stream().map(level -> List.of(String.valueOf(level.offered()),
                        number(level.answers().perSecond()), Report.millis(level.answers().p50()),
                        Report.millis(level.answers().p95()), Report.millis(level.answers().p99()),
                        Report.millis(level.answers().max()), "%,d".formatted(level.failures()),
                        "%,d".formatted(level.serverErrors()),
                        level.answers().count() == 0 ? "-"
                                : Report.millis(1000 * level.cpu().service() / level.answers().count()) + " ms")).toList());
    }

    private static String knee(BookingThroughput.Result result) {
        if (result.knee() == 0) {
            return "No knee: even the lowest offered rate was not served.";
        }
        if (result.knee() == result.levels().get(result.levels().size() - 1).offered()) {
            return "No knee within the rates tried: the highest, " + result.knee()
                    + " bookings/s offered, was still served (add higher rates to load.booking-rates).";
        }
        return "The knee, the highest rate still served (95% answered, all 201, p95 within three times the lowest "
                        + "rate's): " + result.knee() + " bookings/s offered.";
    }

    private static String percentiles(Latencies.Summary summary) {
        return Report.millis(summary.p50()) + " / " + Report.millis(summary.p95()) + " / " + Report.millis(summary.p99())
                + " / " + Report.millis(summary.max());
    }

    private static String fixed(String format, double value) {
        return Double.isNaN(value) ? "-" : format.formatted(value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : "%,.0f".formatted(value);
    }

    private static String join(List<Integer> values) {
        return values.stream().map(value -> "%,d".formatted(value)).collect(Collectors.joining(", "));
    }
}
