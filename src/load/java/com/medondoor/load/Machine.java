package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.medondoor.TestDatabase;

/** What a run ran on, for the report: figures mean little without it. */
record Machine(String cpu, int cores, long memoryMegabytes, String java, String postgres) {

    static Machine describe() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
        TestDatabase.Server server = TestDatabase.server();
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                "PostgreSQL on " + server.host() + ":" + server.port());
    }

    @Override
    public String toString() {
        return "%d cores (%s), %,d MB, %s, %s".formatted(cores, cpu, memoryMegabytes, java, postgres);
    }
}
