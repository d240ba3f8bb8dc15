package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;

/**
 * Runs one Gatling simulation in this JVM, so that it shares the scene this suite set up and the
 * {@link Latencies} its requests record, and writes its HTML report under {@code output/gatling}.
 * (Gatling keeps its statistics in its report only; the simulations record each answer's start and
 * end, as Gatling measures them, for the figures this suite prints.)
 */
final class GatlingRun {

    private GatlingRun() {
    }

    /** @return the report's index.html */
    static Path run(Class<? extends Simulation> simulation, Path output) throws IOException {
        Path results = output.resolve("gatling");
        Files.createDirectories(results);
        Set<Path> before = reports(results);
        int status = Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", simulation.getName(),
                "--results-folder", results.toString(),
                "--launcher", "maven"});
        Set<Path> made = reports(results);
        made.removeAll(before);
        return made.stream().max(Comparator.naturalOrder()).map(report -> report.resolve("index.html"))
                .orElseThrow(() -> new IllegalStateException(simulation.getSimpleName() + " wrote no report (exit " + status + ")"));
    }

    private static Set<Path> reports(Path results) throws IOException {
        try (Stream<Path> folders = Files.list(results)) {
            return new HashSet<>(folders.filter(Files::isDirectory).toList());
        }
    }
}
