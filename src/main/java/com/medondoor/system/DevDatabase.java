package com.medondoor.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that {@code ./mvnw spring-boot:run} starts when no database is configured.
 * Its data lives under {@code target/} and survives restarts. The production jar does not contain
 * the embedded binaries, so this class is only ever loaded on a developer's classpath.
 */
final class DevDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevDatabase.class);

    private final EmbeddedPostgres postgres;

    private DevDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static DevDatabase start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        log.info("No spring.r2dbc.url configured: started an embedded PostgreSQL on port {} with its data in {}",
                postgres.getPort(), dataDirectory.toAbsolutePath());
        return new DevDatabase(postgres);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
