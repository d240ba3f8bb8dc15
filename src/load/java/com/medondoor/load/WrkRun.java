package com.medondoor.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of wrk (a C load generator, closed loop: each connection sends its next claim when the last
 * is answered) with claims.lua against one target, in one shape. Apt installs it: {@code apt-get install wrk}.
 */
final class WrkRun {

    /** As in the measurement: {@code wrk -t2}. */
    static final int THREADS = 2;
    private static final Pattern TOTALS = Pattern.compile(
            "claims: requests=(\\d+) microseconds=(\\d+) connect=(\\d+) read=(\\d+) write=(\\d+) timeout=(\\d+)");
    private static final Pattern LATENCY = Pattern.compile("claims: latency p50=(\\d+) p95=(\\d+) p99=(\\d+) max=(\\d+)");
    private static final Pattern THREAD = Pattern.compile(
            "claims: thread=(\\d+) sent=(\\d+) exhausted=(\\d+) statuses=(\\S*) refusals=(\\S*)");

    /**
     * What wrk saw. Latencies in milliseconds as wrk measures them (from sending to the whole answer);
     * {@code refusals} counts the 409s by their problem type ({@link ClaimRefusal}; "none" for a 409 without
     * one); {@code sent} is each thread's count of requests sent, and {@code exhausted} says whether a
     * thread ran out of bookings before the end (the rate is then understated).
     */
    record Outcome(long requests, double seconds, Map<Integer, Long> statuses, Map<String, Long> refusals,
            long socketErrors, double p50, double p95, double p99, double max, List<Long> sent, boolean exhausted) {

        double perSecond() {
            return requests / seconds;
        }

        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        long count(ClaimRefusal refusal) {
            return refusals.getOrDefault(refusal.type(), 0L);
        }

        /** Answers neither a win nor one of the two refusals. */
        long others() {
            return requests - count(200) - count(ClaimRefusal.CAPACITY_REACHED) - count(ClaimRefusal.BOOKING_STATUS_CONFLICT);
        }
    }

    private WrkRun() {
    }

    /**
     * @param label names the run's files under {@code output}
     * @param prefix the first 8 hex digits of the run's booking ids (see claims.lua)
     * @param stopAfter 0 to run for {@code seconds}, or the requests of each thread of a warm-up (then
     *        nothing is returned)
     */
    static Outcome run(ClaimTarget target, ClaimShape shape, String label, String prefix, long bookingsPerThread,
            long stopAfter, int connections, int seconds, Path output) throws IOException, InterruptedException {
        Path script = output.resolve("claims.lua");
        try (InputStream lua = WrkRun.class.getResourceAsStream("/claims.lua")) {
            Files.copy(lua, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Path providers = output.resolve("claims-providers-" + target.name().replace(' ', '-') + "-" + shape.script() + ".txt");
        Files.write(providers, target.providers(shape));
        List<String> command = List.of(wrk(), "-t" + THREADS, "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), target.baseUrl(), "--", shape.script(), prefix, String.valueOf(bookingsPerThread),
                String.valueOf(stopAfter), target.header(), providers.toString(), String.valueOf(ClaimShape.BLOCK));
        Path log = output.resolve("wrk-" + label + ".log");
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = wrk.waitFor();
        String printed = Files.readString(log);
        Files.writeString(log, String.join(" ", command) + "\n" + printed);
        if (exit != 0) {
            throw new IllegalStateException("wrk exited with " + exit + ":\n" + printed);
        }
        return stopAfter > 0 ? null : outcome(printed);
    }

    private static Outcome outcome(String printed) {
        Matcher totals = find(TOTALS, printed);
        Matcher latency = find(LATENCY, printed);
        Map<Integer, Long> statuses = new TreeMap<>();
        Map<String, Long> refusals = new TreeMap<>();
        List<Long> sent = new ArrayList<>();
        boolean exhausted = false;
        Matcher thread = THREAD.matcher(printed);
        while (thread.find()) {
            sent.add(Long.parseLong(thread.group(2)));
            exhausted |= !"0".equals(thread.group(3));
            counts(thread.group(4)).forEach((status, count) -> statuses.merge(Integer.valueOf(status), count, Long::sum));
            counts(thread.group(5)).forEach((type, count) -> refusals.merge(type, count, Long::sum));
        }
        long socketErrors = 0;
        for (int group = 3; group <= 6; group++) {
            socketErrors += Long.parseLong(totals.group(group));
        }
        return new Outcome(Long.parseLong(totals.group(1)), Long.parseLong(totals.group(2)) / 1e6, statuses, refusals,
                socketErrors, millis(latency, 1), millis(latency, 2), millis(latency, 3), millis(latency, 4), sent, exhausted);
    }

    /** claims.lua's {@code key:count,key:count}. */
    private static Map<String, Long> counts(String printed) {
        Map<String, Long> counts = new TreeMap<>();
        for (String pair : printed.split(",")) {
            if (!pair.isEmpty()) {
                String[] keyCount = pair.split(":");
                counts.merge(keyCount[0], Long.valueOf(keyCount[1]), Long::sum);
            }
        }
        return counts;
    }

    private static Matcher find(Pattern pattern, String printed) {
        Matcher matcher = pattern.matcher(printed);
        if (!matcher.find()) {
            throw new IllegalStateException("wrk printed no " + pattern + ":\n" + printed);
        }
        return matcher;
    }

    private static double millis(Matcher latency, int group) {
        return Long.parseLong(latency.group(group)) / 1000.0;
    }

    private static String wrk() {
        for (String folder : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(folder, "wrk"))) {
                return Path.of(folder, "wrk").toString();
            }
        }
        throw new IllegalStateException("wrk not found: the claim shapes need it (apt-get install wrk)");
    }
}
