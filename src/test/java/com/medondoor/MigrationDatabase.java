package com.medondoor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/**
 * A database of its own for a migration test: migrated up to a version, written and read with plain
 * JDBC as an earlier release (or an operator) would, then migrated the rest of the way. Dropped on close.
 */
public final class MigrationDatabase implements AutoCloseable {

    private final TestDatabase.Server server = TestDatabase.server();
    private final String name = TestDatabase.create();

    /** Runs the service's migrations up to {@code version}, or all of them when it is null. */
    public void migrate(String version) {
        var configuration = Flyway.configure()
                .dataSource(server.jdbcUrl(name), server.user(), server.password())
                .locations("classpath:db/migration");
        (version == null ? configuration : configuration.target(version)).load().migrate();
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(name), server.user(), server.password());
    }

    @Override
    public void close() {
        TestDatabase.drop(name);
    }
}
