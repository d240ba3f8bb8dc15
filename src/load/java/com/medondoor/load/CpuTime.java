package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the service, by every PostgreSQL process and by this load generator, read
 * from /proc. On a shared 2-core machine a scenario's rate says little on its own; where the CPU went
 * says what bounds it. The load generator is this JVM and the programs it ran to their end (wrk,
 * pgbench), whose CPU the kernel adds to this process's once they have exited.
 */
record CpuTime(double service, double postgres, double loadGenerator) {

    static final double TICKS_PER_SECOND = 100;

    static CpuTime sample(long servicePid) {
        return new CpuTime(seconds(Path.of("/proc", String.valueOf(servicePid), "stat")), postgresSeconds(),
                seconds(Path.of("/proc/self/stat")) + childrenSeconds());
    }

    CpuTime since(CpuTime earlier) {
        return new CpuTime(service - earlier.service, postgres - earlier.postgres, loadGenerator - earlier.loadGenerator);
    }

    /** The same, with PostgreSQL's CPU as a {@link PostgresCpu} watch saw it. */
    CpuTime withPostgres(double seconds) {
        return new CpuTime(service, seconds, loadGenerator);
    }

    /** Milliseconds of CPU per request, by whom. */
    String perRequest(long requests) {
        return "service %.3f ms, PostgreSQL %.3f ms, load generator %.3f ms of CPU per request".formatted(
                1000 * service / requests, 1000 * postgres / requests, 1000 * loadGenerator / requests);
    }

    private static double postgresSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(folder -> folder.getFileName().toString().matches("\\d+"))
                    .map(folder -> folder.resolve("stat"))
                    .filter(CpuTime::isPostgres)
                    .mapToDouble(CpuTime::seconds).sum();
        }
        catch (IOException e) {
            return Double.NaN;
        }
    }

    static boolean isPostgres(Path stat) {
        try {
            return Files.readString(stat).contains("(postgres)");
        }
        catch (IOException gone) {
            return false;
        }
    }

    /** utime + stime, fields 14 and 15 of /proc/[pid]/stat (after the command name, which may hold spaces). */
    private static double seconds(Path stat) {
        return ticks(stat, 11) / TICKS_PER_SECOND;
    }

    /** cutime + cstime of this process, fields 16 and 17: its children that have exited and been waited for. */
    private static double childrenSeconds() {
        return ticks(Path.of("/proc/self/stat"), 13) / TICKS_PER_SECOND;
    }

    /** Two adjacent fields of a stat file added up, counting from the field after the command name's ')'. */
    static long ticks(Path stat, int field) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[field]) + Long.parseLong(fields[field + 1]);
        }
        catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
