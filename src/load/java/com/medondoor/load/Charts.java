package com.medondoor.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The plots of a run, as PNGs beside its other output; each method returns the file it wrote. */
final class Charts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 500;
    // Colours that stay apart on white and in greyscale prints; JFreeChart's default fourth is yellow.
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0xd62728), new Color(0x2ca02c)};

    static {
        // The suite runs on servers and in CI, with no display to draw on.
        System.setProperty("java.awt.headless", "true");
        StandardChartTheme theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
        theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        ChartFactory.setChartTheme(theme);
    }

    private Charts() {
    }

    static Path fanoutLatency(List<LiveFanOut.Level> levels, Path folder) throws IOException {
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        XYSeries max = new XYSeries("max");
        for (LiveFanOut.Level level : levels) {
            add(p50, level.streams(), level.claimToRemoval().p50());
            add(p99, level.streams(), level.claimToRemoval().p99());
            add(max, level.streams(), level.claimToRemoval().max());
        }
        return save(lines("Claim's 200 to job.removed on every stream", "open streams", "milliseconds", p50, p99, max),
                folder, "fanout-latency.png");
    }

    /** Memory with the streams open, from the first level's memory before it opened any. */
    static Path fanoutMemory(List<LiveFanOut.Level> levels, Path folder) throws IOException {
        XYSeries heap = new XYSeries("heap after GC");
        XYSeries resident = new XYSeries("resident");
        add(heap, 0, levels.get(0).before().heapMegabytes());
        add(resident, 0, levels.get(0).before().residentMegabytes());
        for (LiveFanOut.Level level : levels) {
            add(heap, level.streams(), level.open().heapMegabytes());
            add(resident, level.streams(), level.open().residentMegabytes());
        }
        return save(lines("Service memory with the streams open", "open streams", "megabytes", heap, resident),
                folder, "fanout-memory.png");
    }

    static Path bookingLatency(BookingThroughput.Result result, Path folder) throws IOException {
        XYSeries p50 = new XYSeries("p50");
        XYSeries p95 = new XYSeries("p95");
        XYSeries p99 = new XYSeries("p99");
        for (BookingThroughput.Level level : result.levels()) {
            add(p50, level.offered(), level.answers().p50());
            add(p95, level.offered(), level.answers().p95());
            add(p99, level.offered(), level.answers().p99());
        }
        JFreeChart chart = lines("Booking latency by offered rate", "offered bookings/s", "milliseconds", p50, p95, p99);
        if (result.knee() > 0) {
            ValueMarker knee = new ValueMarker(result.knee(), Color.DARK_GRAY, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            knee.setLabel("knee " + result.knee() + "/s");
            knee.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            knee.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            knee.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            chart.getXYPlot().addDomainMarker(knee);
        }
        return save(chart, folder, "booking-latency.png");
    }

    static Path bookingThroughput(BookingThroughput.Result result, Path folder) throws IOException {
        XYSeries answered = new XYSeries("answered");
        XYSeries offered = new XYSeries("all answered (y = x)");
        for (BookingThroughput.Level level : result.levels()) {
            add(answered, level.offered(), level.answers().perSecond());
            add(offered, level.offered(), level.offered());
        }
        JFreeChart chart = lines("Bookings answered by offered rate", "offered bookings/s", "answered bookings/s",
                answered, offered);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, Color.GRAY);
        renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0));
        return save(chart, folder, "booking-throughput.png");
    }

    static Path claimThroughput(ClaimStorm.Result storm, PgbenchBaseline.Result baseline, Path folder) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(storm.attempts().perSecond(), "claims/s", "service: claim attempts/s");
        data.addValue(baseline.tps(), "claims/s", "pgbench: claim statement tps");
        return save(bars("Claim throughput against the database's ceiling", "claims per second", data, false),
                folder, "claim-storm.png");
    }

    static Path claimLatency(ClaimStorm.Result storm, Path folder) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        percentiles(data, "won (200)", storm.wins());
        percentiles(data, "conflict (409)", storm.conflicts());
        return save(bars("Claim latency, winners and losers", "milliseconds", data, true), folder, "claim-latency.png");
    }

    private static void percentiles(DefaultCategoryDataset data, String series, Latencies.Summary summary) {
        data.addValue(summary.p50(), series, "p50");
        data.addValue(summary.p95(), series, "p95");
        data.addValue(summary.p99(), series, "p99");
        data.addValue(summary.max(), series, "max");
    }

    private static JFreeChart lines(String title, String x, String y, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries one : series) {
            data.addSeries(one);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
        for (int i = 0; i < series.length; i++) {
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
            plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static JFreeChart bars(String title, String y, DefaultCategoryDataset data, boolean legend) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, y, data, PlotOrientation.VERTICAL, legend, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.#")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        renderer.setMaximumBarWidth(0.2);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        // Room above the tallest bar for its label.
        plot.getRangeAxis().setUpperMargin(0.12);
        return chart;
    }

    /** A point, unless the figure was not measured (NaN), which the chart would draw as a gap anyway. */
    private static void add(XYSeries series, double x, double y) {
        if (!Double.isNaN(y)) {
            series.add(x, y);
        }
    }

    private static Path save(JFreeChart chart, Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }
}
