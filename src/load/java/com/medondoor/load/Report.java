package com.medondoor.load;

/** How figures are printed. */
final class Report {

    private Report() {
    }

    static String percentiles(Latencies.Summary summary) {
        return "p50 %s  p95 %s  p99 %s  max %s  (%d answers)".formatted(millis(summary.p50()), millis(summary.p95()),
                millis(summary.p99()), millis(summary.max()), summary.count());
    }

    static String millis(double value) {
        return Double.isNaN(value) ? "-" : value >= 100 ? "%.0f".formatted(value) : "%.1f".formatted(value);
    }
}
