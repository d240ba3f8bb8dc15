package com.medondoor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.core.env.Environment;

/**
 * A table nobody can read while this is open: an {@code ACCESS EXCLUSIVE} lock held by an open
 * transaction of its own (over JDBC, outside the service's pool). A request that reads the table
 * waits for the lock, so answering quickly proves it did not.
 */
public final class LockedTable implements AutoCloseable {

    private final Connection connection;

    private LockedTable(Connection connection) {
        this.connection = connection;
    }

    /** Locks {@code table} (a name written by the test) of the database the service under test uses. */
    public static LockedTable lock(Environment service, String table) {
        try {
            Connection connection = DriverManager.getConnection(service.getProperty("spring.flyway.url"),
                    service.getProperty("spring.flyway.user"), service.getProperty("spring.flyway.password"));
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
            }
            return new LockedTable(connection);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not lock " + table, e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            connection.rollback();
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not release the lock", e);
        }
    }
}
