package com.medondoor;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The production jar started with {@code java -jar} on a fresh test database, as an operator would
 * run it: for tests that need the real packaged service (its static web client included).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final String database;
    private final int port;

    private ServiceProcess(Process process, String database, int port) {
        this.process = process;
        this.database = database;
        this.port = port;
    }

    /** Starts the jar on a free port and a new database, and waits until it reports UP. */
    public static ServiceProcess start(Path log) throws Exception {
        return start(log, List.of(), Map.of());
    }

    /**
     * Starts the jar with these JVM options and these settings (environment variables, such as
     * {@code SPRING_R2DBC_POOL_MAXSIZE}) on top of its port, its database and the test administrator
     * ({@link Api#ADMIN_EMAIL}, password {@link Api#PASSWORD}), who approves the providers a test registers.
     */
    public static ServiceProcess start(Path log, List<String> jvmOptions, Map<String, String> settings) throws Exception {
        String database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        int port = freePort();
        Map<String, String> environment = new HashMap<>(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SPRING_R2DBC_URL", server.r2dbcUrl(database),
                "SPRING_R2DBC_USERNAME", server.user(),
                "SPRING_R2DBC_PASSWORD", server.password(),
                "MEDONDOOR_ADMIN_EMAIL", Api.ADMIN_EMAIL,
                "MEDONDOOR_ADMIN_PASSWORD", Api.PASSWORD));
        environment.putAll(settings);
        Process process = builder(jvmOptions, environment).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(process, database, port);
        service.awaitUp();
        return service;
    }

    /** A process builder for the jar with only the given settings: none leak in from this JVM's environment. */
    public static ProcessBuilder builder(Map<String, String> environment) throws IOException {
        return builder(List.of(), environment);
    }

    private static ProcessBuilder builder(List<String> jvmOptions, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The tests' own options for a jar they start and stop within seconds (pom.xml); the load suite sets none.
        String testOptions = System.getProperty("medondoor.test.jar-options", "");
        command.addAll(Stream.of(testOptions.split(" ")).filter(option -> !option.isBlank()).toList());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // KUBERNETES_*: inside a pod (a CI runner) the jar would take application.yml's Kubernetes part.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("MEDONDOOR_")
                || name.startsWith("KUBERNETES_"));
        builder.environment().putAll(environment);
        return builder;
    }

    public static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("medondoor-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no jar in target/: run `./mvnw verify`"));
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String database() {
        return database;
    }

    public long pid() {
        return process.toHandle().pid();
    }

    private void awaitUp() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        // Not listening yet is an IOException, and is waited out; the jar exiting ends the wait at once.
        await("the jar UP").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the jar exited with " + process.exitValue()
                                + " before it was up");
                    }
                    return client.send(health, HttpResponse.BodyHandlers.ofString()).body()
                            .contains("\"status\":\"UP\"");
                });
    }

    /** Sends SIGTERM, as an orchestrator does, and waits up to {@code timeout} for the jar to exit. */
    public boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        TestDatabase.drop(database);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
