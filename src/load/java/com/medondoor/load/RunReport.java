package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's figures, twice: as {@code index.html} beside its logs and Gatling reports, and between the
 * markers of the site's performance.md, with the plots copied where the site serves them. A scenario
 * that did not run is said to have not run; its targets are not measured.
 */
final class RunReport {

    static final String START = "<!-- figures:start -->";
    static final String END = "<!-- figures:end -->";

    private RunReport() {
    }

    /** Any result may be null (or empty) when its scenario was skipped. @return the index.html written */
    static Path write(Machine machine, LoadSettings settings, ClaimShapes.Result claims, PgbenchBaseline.Result baseline,
            ClaimStorm.Result storm, List<LiveFanOut.Level> fanout, BookingThroughput.Result bookings) throws IOException {
        Path output = settings.output();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        List<ReportTables.Section> sections = ReportTables.sections(machine, settings, claims, baseline, storm, fanout, bookings);
        Path page = output.resolve("index.html");
        Files.writeString(page, html(date, output, sections));
        Path images = settings.site().resolve("resources/images/performance");
        Files.createDirectories(images);
        for (ReportTables.Section section : sections) {
            for (Path chart : section.charts()) {
                Files.copy(chart, images.resolve(chart.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        updateMarkdown(settings.site().resolve("markdown/performance.md"), markdown(date, sections));
        return page;
    }

    private static String html(String date, Path output, List<ReportTables.Section> sections) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>MedOnDoor load run %s</title>
                <style>body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}
                th,td{border:1px solid #bbb;padding:4px 8px;text-align:left}th{background:#eee}img{display:block;margin:1em 0}</style>
                </head><body><h1>MedOnDoor load run, %s</h1>
                """.formatted(date, date));
        for (ReportTables.Section section : sections) {
            page.append("<h2>").append(escape(section.title())).append("</h2>\n");
            if (section.note() != null) {
                page.append("<p>").append(escape(section.note())).append("</p>\n");
            }
            for (ReportTables.Table table : section.tables()) {
                page.append("<table>\n<tr>").append(cells("th", table.header())).append("</tr>\n");
                table.rows().forEach(row -> page.append("<tr>").append(cells("td", row)).append("</tr>\n"));
                page.append("</table>\n");
            }
            for (Path chart : section.charts()) {
                page.append("<img src=\"%s\" alt=\"%s\" width=\"900\">\n".formatted(relative(output, chart), caption(chart)));
            }
            if (!section.reports().isEmpty()) {
                page.append("<p>Gatling reports:</p>\n<ul>\n");
                section.reports().forEach(report -> page.append("<li><a href=\"%1$s\">%1$s</a></li>\n"
                        .formatted(relative(output, report))));
                page.append("</ul>\n");
            }
        }
        return page.append("</body></html>\n").toString();
    }

    private static String markdown(String date, List<ReportTables.Section> sections) {
        StringBuilder text = new StringBuilder("\n_Figures of the load run of " + date
                + ", written by `LoadSuite`: what lies between these markers is replaced by the next run._\n\n");
        for (ReportTables.Section section : sections) {
            text.append("### ").append(section.title()).append("\n\n");
            if (section.note() != null) {
                text.append(section.note()).append("\n\n");
            }
            for (ReportTables.Table table : section.tables()) {
                text.append(row(table.header())).append(row(table.header().stream().map(cell -> "---").toList()));
                table.rows().forEach(row -> text.append(row(row)));
                text.append("\n");
            }
            section.charts().forEach(chart -> text.append("![%s](images/performance/%s)\n\n"
                    .formatted(caption(chart), chart.getFileName())));
        }
        return text.toString();
    }

    /** Replaces what lies between the markers; a page without them gets them at its end, its prose kept. */
    private static void updateMarkdown(Path file, String figures) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "# Performance\n";
        int start = text.indexOf(START);
        int end = start < 0 ? -1 : text.indexOf(END, start);
        if (end < 0) {
            text = text.stripTrailing() + "\n\n" + START + "\n" + END + "\n";
            start = text.lastIndexOf(START);
            end = text.lastIndexOf(END);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.substring(0, start + START.length()) + "\n" + figures + text.substring(end));
    }

    /** fanout-latency.png: "fanout latency". */
    private static String caption(Path chart) {
        return chart.getFileName().toString().replace(".png", "").replace('-', ' ');
    }

    private static String row(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|").replace("<", "&lt;")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String cells(String tag, List<String> cells) {
        return cells.stream().map(cell -> "<%s>%s</%s>".formatted(tag, escape(cell), tag)).collect(Collectors.joining());
    }

    private static String relative(Path output, Path file) {
        return output.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
