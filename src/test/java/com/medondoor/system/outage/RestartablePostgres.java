package com.medondoor.system.outage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of the test's own, to take away and bring back: stopped (clients disconnected, new
 * connections refused) and started again on the same port with the same data, as a real outage.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private RestartablePostgres(Path dataDirectory, int port) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = port;
        start();
    }

    /** Starts a new server with its data in this (empty) directory, on a free port. */
    static RestartablePostgres start(Path dataDirectory) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new RestartablePostgres(dataDirectory, port);
    }

    synchronized void start() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }

    synchronized void stop() throws IOException {
        postgres.close();
        postgres = null;
    }

    /** What points a replica of the service at this server, for {@link Replicas#start}. */
    Map<String, Object> replicaSettings() {
        return Map.of("spring.r2dbc.url", r2dbcUrl(), "spring.r2dbc.username", "postgres",
                "spring.r2dbc.password", "postgres", "spring.flyway.url", jdbcUrl(),
                "spring.flyway.user", "postgres", "spring.flyway.password", "postgres");
    }

    String r2dbcUrl() {
        return "r2dbc:postgresql://localhost:" + port + "/postgres";
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public synchronized void close() throws IOException {
        if (postgres != null) {
            stop();
        }
    }
}
