package com.medondoor.system.outage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.medondoor.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas start at once on a fresh database (a rollout, or the first deployment) and each
 * runs Flyway before it serves. Flyway holds a PostgreSQL advisory lock while it migrates, so the
 * replicas migrate one after the other: the first applies every migration, the others find nothing
 * left to do, and the schema history lists each migration once.
 */
class ConcurrentMigrationIntegrationTests {

    private static final int REPLICAS = 3;

    private final TestDatabase.Server server = TestDatabase.server();
    private String database;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        TestDatabase.drop(database);
    }

    @Test
    void replicasMigrateAtOnceThenEachMigrationAppliedOnce() throws Exception {
        int migrations = flyway().info().pending().length;
        assertThat(migrations).as("migrations to apply").isPositive();
        CyclicBarrier start = new CyclicBarrier(REPLICAS);
        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        List<CompletableFuture<MigrateResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < REPLICAS; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    Flyway flyway = flyway();
                    await(start);
                    return flyway.migrate();
                }, replicas));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        finally {
            replicas.shutdownNow();
        }

        assertThat(results).as("every replica's migration succeeded")
                .allSatisfy(result -> assertThat(result.join().success).isTrue());
        assertThat(results.stream().mapToInt(result -> result.join().migrationsExecuted).sum())
                .as("migrations executed by all replicas together").isEqualTo(migrations);
        assertThat(history("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"))
                .as("successful rows in the schema history").isEqualTo(migrations);
        assertThat(history("SELECT count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL"))
                .as("distinct versions in the schema history").isEqualTo(migrations);
        assertThat(flyway().info().pending()).as("migrations still pending").isEmpty();
    }

    /** What Boot configures from spring.flyway.*: the migrations of the jar, over JDBC. */
    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations("classpath:db/migration")
                .load();
    }

    private long history(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(),
                server.password()); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException("Replicas did not start together", e);
        }
    }
}
