package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of the service in the hot storm ({@code -Dload.profile=true}), and its hottest methods
 * while the storm was measured: the top frames of the execution samples, counted. jcmd starts it before
 * the warm-up, which so bears the cost of starting JFR, and only the samples taken while the storm was
 * measured are counted. Kept as {@code hot-storm.jfr} for a closer look (JDK Mission Control, or
 * {@code jfr print}), and as {@code hot-storm-profile.txt}.
 */
final class StormProfile {

    private static final int TOP = 20;
    private static final String NAME = "hot-storm";

    private final long pid;
    private final Path recording;
    private final Path summary;
    private Instant from;
    private Instant to;

    /** One method and how many samples found it on top of the stack. */
    record Frame(String method, long samples, double share) {
    }

    /** The hottest methods, most samples first, out of {@code samples} in all. */
    record Result(List<Frame> frames, long samples, Path recording, Path summary) {
    }

    StormProfile(long pid, Path output) {
        this.pid = pid;
        this.recording = output.resolve(NAME + ".jfr").toAbsolutePath();
        this.summary = output.resolve(NAME + "-profile.txt");
    }

    void begin() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + NAME, "settings=profile", "filename=" + recording);
    }

    /** Stops the recording; only the samples taken between {@code from} and {@code to} will count. */
    void end(Instant from, Instant to) throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + NAME);
        this.from = from;
        this.to = to;
    }

    Result result() throws IOException {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> owners = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
                    && !event.getStackTrace().getFrames().isEmpty() && !event.getStartTime().isBefore(from)
                    && !event.getStartTime().isAfter(to)) {
                RecordedFrame top = event.getStackTrace().getFrames().get(0);
                counts.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
                owners.merge(SampleOwners.of(event.getStackTrace().getFrames()), 1L, Long::sum);
                samples++;
            }
        }
        long all = samples;
        List<Frame> frames = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .map(entry -> new Frame(entry.getKey(), entry.getValue(), (double) entry.getValue() / all)).toList();
        List<String> lines = new ArrayList<>(List.of("Top frames of the service's execution samples in the hot storm ("
                + samples + " samples; " + recording + ")", ""));
        frames.forEach(frame -> lines.add("%6d  %5.1f%%  %s".formatted(frame.samples(), 100 * frame.share(), frame.method())));
        lines.addAll(List.of("", "By layer (the first frame that is not the JDK's):", ""));
        owners.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(owner -> lines.add("%6d  %5.1f%%  %s".formatted(owner.getValue(), 100.0 * owner.getValue() / all,
                        owner.getKey())));
        Files.write(summary, lines);
        System.out.println(String.join("\n", lines));
        return new Result(frames, samples, recording, summary);
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String printed = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + printed);
        }
    }
}
