package com.medondoor.load;

import java.util.Arrays;

/**
 * Latency samples in milliseconds, with when each answer arrived, so that a scenario can report
 * percentiles and the rate answers came at. Thread-safe; sorted only when summarised.
 */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    /** Percentiles and maximum in milliseconds, and answers per second over the span they came in. */
    record Summary(long count, double p50, double p95, double p99, double max, double perSecond) {

        static final Summary NONE = new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** A request sent at {@code start} and answered at {@code end}, both epoch milliseconds. */
    synchronized void record(long start, long end) {
        add(end - start);
        firstStart = Math.min(firstStart, start);
        lastEnd = Math.max(lastEnd, end);
    }

    /** A delay measured by the caller, in milliseconds (possibly fractional, kept in microseconds). */
    synchronized void recordMillis(double millis) {
        add(Math.round(millis * 1000));
    }

    private void add(long value) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = value;
    }

    synchronized Summary summary() {
        return summary(1);
    }

    /** Summarises samples recorded with {@link #recordMillis}. */
    synchronized Summary summaryOfMillis() {
        return summary(1000);
    }

    private Summary summary(double unitsPerMilli) {
        if (count == 0) {
            return Summary.NONE;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        double seconds = lastEnd > firstStart ? (lastEnd - firstStart) / 1000.0 : Double.NaN;
        return new Summary(count, percentile(sorted, 50) / unitsPerMilli, percentile(sorted, 95) / unitsPerMilli,
                percentile(sorted, 99) / unitsPerMilli, sorted[count - 1] / unitsPerMilli, count / seconds);
    }

    /** The nearest-rank percentile. */
    private static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    synchronized void clear() {
        count = 0;
        firstStart = Long.MAX_VALUE;
        lastEnd = Long.MIN_VALUE;
    }
}
