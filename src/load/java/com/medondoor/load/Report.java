package com.medondoor.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A table as aligned text, for the console. */
    static String text(ReportTables.Table table) {
        List<List<String>> lines = new ArrayList<>(List.of(table.header()));
        lines.addAll(table.rows());
        int[] widths = new int[table.header().size()];
        lines.forEach(line -> {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        return lines.stream().map(line -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(String.format("%-" + widths[i] + "s", line.get(i))).append(i + 1 < line.size() ? " | " : "");
            }
            return text.toString().stripTrailing();
        }).collect(Collectors.joining("\n", "", "\n"));
    }
}
