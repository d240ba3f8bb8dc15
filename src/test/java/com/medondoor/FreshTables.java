package com.medondoor;

import java.time.Duration;

import com.medondoor.auth.FirstAdministrator;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import reactor.util.retry.Retry;

/**
 * Empties every table of the service's database before each integration test class, so that a class
 * sharing a cached context starts from the same empty database as it would on a fresh one. Flyway's
 * history stays: the schema is the context's, made once when it started. The first administrator is
 * created again, as the service does when it starts.
 */
class FreshTables extends AbstractTestExecutionListener {

    private static final String TABLES = """
            SELECT string_agg(format('%I', tablename), ', ') AS tables
              FROM pg_tables
             WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
            """;

    @Override
    public void beforeTestClass(TestContext testContext) {
        DatabaseClient db = testContext.getApplicationContext().getBean(DatabaseClient.class);
        db.sql(TABLES)
                .map(row -> row.get("tables", String.class))
                .one()
                .flatMap(tables -> db.sql("TRUNCATE " + tables + " CASCADE").then())
                // What the previous class left running (a stream's read, a sweep) may deadlock with it.
                .retryWhen(Retry.fixedDelay(5, Duration.ofMillis(200)))
                .then(testContext.getApplicationContext().getBean(FirstAdministrator.class).create())
                .block(Duration.ofSeconds(30));
    }
}
