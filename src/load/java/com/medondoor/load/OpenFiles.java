package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the load generator and the service may both hold a level's sockets: each stream is an open
 * file in each process, and past its limit a process fails in ways that say nothing of the cause (the
 * generator could no longer even load a class). A level that cannot fit is reported as not run instead.
 */
final class OpenFiles {

    /** Files a process needs besides the streams: jars, database connections, the claims' own sockets. */
    private static final long MARGIN = 1_000;

    private OpenFiles() {
    }

    /** Why {@code streams} cannot be opened here, or null if both processes may hold them. */
    static String tooFewFor(int streams, long servicePid) throws IOException {
        for (String process : new String[] { "self", String.valueOf(servicePid) }) {
            long limit = hardLimit(process);
            if (streams + MARGIN > limit) {
                return "%s may hold at most %,d open files (hard limit), too few for %,d streams"
                        .formatted(process.equals("self") ? "the load generator" : "the service", limit, streams);
            }
        }
        return null;
    }

    /** The hard limit on open files of a process ({@code /proc/<pid>/limits}); the JVM raises its soft one to it. */
    private static long hardLimit(String process) throws IOException {
        return Files.readAllLines(Path.of("/proc", process, "limits")).stream()
                .filter(line -> line.startsWith("Max open files"))
                .findFirst()
                .map(line -> line.substring("Max open files".length()).trim().split("\\s+")[1])
                .map(hard -> hard.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(hard))
                .orElse(Long.MAX_VALUE);
    }
}
