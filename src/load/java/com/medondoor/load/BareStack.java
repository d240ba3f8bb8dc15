package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.medondoor.TestDatabase;
import org.flywaydb.core.Flyway;

/**
 * {@link BareClaimServer} as its own process, on a fresh database that the service's own migrations
 * built, with one patient and, for each service type the shapes claim in, P verified providers on duty
 * with their shape's capacity, inserted directly.
 */
final class BareStack implements AutoCloseable {

    private final Process process;
    private final ClaimTarget target;

    private BareStack(Process process, ClaimTarget target) {
        this.process = process;
        this.target = target;
    }

    static BareStack start(LoadSettings settings, int providers) throws Exception {
        String database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        Flyway.configure().dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations("classpath:db/migration").load().migrate();
        UUID patient = UUID.randomUUID();
        Map<String, List<String>> ids = new HashMap<>();
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO users (id, name, email, password_hash, role, service_type, verification)
                        VALUES (?, 'Bare stack', ?, 'not a hash', ?, ?, ?)
                        """);
                PreparedStatement duty = db.prepareStatement("""
                        INSERT INTO provider_duty (provider_id, on_duty, capacity) VALUES (?, true, ?)
                        """)) {
            user(insert, patient, "USER", null);
            // On duty with their shape's capacity, as the service's providers are (LoadSuite).
            for (ClaimShape shape : ClaimShape.values()) {
                if (!ids.containsKey(shape.serviceType())) {
                    List<String> typed = new ArrayList<>();
                    for (int i = 0; i < providers; i++) {
                        UUID provider = UUID.randomUUID();
                        user(insert, provider, "PROVIDER", shape.serviceType());
                        duty.setObject(1, provider);
                        duty.setInt(2, shape.capacity());
                        duty.addBatch();
                        typed.add(provider.toString());
                    }
                    ids.put(shape.serviceType(), typed);
                }
            }
            insert.executeBatch();
            duty.executeBatch();
        }
        Path log = settings.output().resolve("bare-stack.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.serviceHeap(), "-cp", System.getProperty("java.class.path"),
                BareClaimServer.class.getName(), server.host(), String.valueOf(server.port()), database,
                server.user(), server.password());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int port = awaitPort(process, log);
        return new BareStack(process, new ClaimTarget("bare stack", "http://127.0.0.1:" + port, process.pid(), database,
                BareClaimServer.PROVIDER_HEADER, ids, patient));
    }

    ClaimTarget target() {
        return target;
    }

    private static void user(PreparedStatement insert, UUID id, String role, String serviceType) throws SQLException {
        insert.setObject(1, id);
        insert.setString(2, role.toLowerCase() + "-" + id + "@bare.test");
        insert.setString(3, role);
        insert.setString(4, serviceType);
        // Providers see jobs only once verified: these are, as an administrator would have left them.
        insert.setString(5, serviceType == null ? null : "VERIFIED");
        insert.addBatch();
    }

    private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bare stack exited with " + process.exitValue() + "; see " + log);
            }
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith(BareClaimServer.LISTENING)) {
                    return Integer.parseInt(line.substring(BareClaimServer.LISTENING.length()).strip());
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the bare stack was not listening within 60 s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        TestDatabase.drop(target.database());
    }
}
