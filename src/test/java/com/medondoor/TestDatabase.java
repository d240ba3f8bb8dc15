package com.medondoor;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test JVM, and a fresh database on it for each test class. The
 * server is, in order of preference: the one {@code MEDONDOOR_TEST_DB_URL} names (a JDBC URL of an
 * administrative database, with {@code MEDONDOOR_TEST_DB_USER} and {@code MEDONDOOR_TEST_DB_PASSWORD}),
 * a Testcontainers PostgreSQL where a Docker engine runs, or an embedded PostgreSQL.
 */
public final class TestDatabase {

    /**
     * What a test server need not do: make commits survive a crash of the machine. A throwaway server
     * then spends no time flushing to disk. Only where {@code medondoor.test-db.durable=false} (the test
     * runs, see pom.xml): the load suite measures PostgreSQL as it runs in production.
     */
    private static final Map<String, String> NOT_DURABLE = Map.of("fsync", "off", "synchronous_commit", "off",
            "full_page_writes", "off");

    private static Server server;

    private TestDatabase() {
    }

    /** Creates an empty database and returns its name. */
    public static String create() {
        String name = "medondoor_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        return name;
    }

    /** Drops a database even while a connection pool still holds connections to it. */
    public static void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static synchronized Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    private static Server startServer() {
        String url = System.getenv("MEDONDOOR_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            URI address = URI.create(url.substring("jdbc:".length()));
            return new Server(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort(),
                    env("MEDONDOOR_TEST_DB_USER", "postgres"), env("MEDONDOOR_TEST_DB_PASSWORD", ""),
                    address.getPath().substring(1));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            if (!durable()) {
                container.withCommand(NOT_DURABLE.entrySet().stream()
                        .map(setting -> "-c " + setting.getKey() + "=" + setting.getValue())
                        .reduce("postgres", (command, option) -> command + " " + option));
            }
            container.start();
            return new Server(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
                    container.getPassword(), container.getDatabaseName());
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!durable()) {
                NOT_DURABLE.forEach(builder::setServerConfig);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (Exception ignored) {
                    // the JVM is going away either way
                }
            }));
            return new Server("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
        }
        catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean durable() {
        return !"false".equals(System.getProperty("medondoor.test-db.durable"));
    }

    private static boolean dockerAvailable() {
        boolean configured = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (Throwable e) {
            return false;
        }
    }

    private static void execute(String sql) {
        Server s = server();
        try (Connection connection = DriverManager.getConnection(s.jdbcUrl(s.adminDatabase()), s.user(), s.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Where the test server listens and how to log in to it. */
    public record Server(String host, int port, String user, String password, String adminDatabase) {

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public String r2dbcUrl(String database) {
            return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }
}
