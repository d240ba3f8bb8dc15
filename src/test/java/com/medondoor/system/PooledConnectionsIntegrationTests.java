package com.medondoor.system;

import java.sql.DriverManager;
import java.time.Duration;

import com.medondoor.TestDatabase;
import com.medondoor.system.outage.SilentNetwork;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The connection pool as application.yml configures it (with one connection, so that the tests know
 * which one they get), behind a network that can fall silent: checking a connection out needs no answer
 * from the database, yet a connection the server ended, one that fell silent and one whose statement was
 * abandoned are not handed out again.
 */
class PooledConnectionsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(1);
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private String database;
    private SilentNetwork network;

    @BeforeEach
    void databaseBehindTheNetwork() throws Exception {
        database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        network = new SilentNetwork(server.host(), server.port());
    }

    @AfterEach
    void dropDatabase() throws Exception {
        network.close();
        TestDatabase.drop(database);
    }

    @Test
    void checkoutWhenTheDatabaseIsSilentThenAnIdleConnectionIsHandedOutWithoutAQuery() {
        pool().run(context -> {
            ConnectionFactory pool = context.getBean(ConnectionFactory.class);
            backend(pool);
            network.silence();

            Connection connection = Mono.from(pool.create()).block(Duration.ofMillis(500));

            assertThat(connection).as("an idle connection checked out while the database cannot answer").isNotNull();
            Mono.from(connection.close()).block(QUICKLY);
        });
    }

    @Test
    void exchangesAnsweredThenTheConnectionIsKeptEvenWhenTheirCallerStopsReadingEarly() {
        pool().run(context -> {
            ConnectionFactory pool = context.getBean(ConnectionFactory.class);
            DatabaseClient db = DatabaseClient.create(pool);
            int before = backend(pool);

            db.sql("SELECT n FROM generate_series(1, 10000) AS n").map(row -> row.get("n", Integer.class))
                    .first().block(QUICKLY);
            Mono.usingWhen(pool.create(), connection -> Mono.from(connection.validate(ValidationDepth.REMOTE)),
                    Connection::close).block(QUICKLY);
            db.sql("SELECT 1").fetch().rowsUpdated().block(QUICKLY);

            assertThat(backend(pool)).as("backend after a read cut short, the readiness probe's remote validation "
                    + "and a count: the same connection").isEqualTo(before);
        });
    }

    @Test
    void statementWhenTheDatabaseFallsSilentThenFailsAfterThePatienceAndTheConnectionIsReplaced() {
        pool().run(context -> {
            ConnectionFactory pool = context.getBean(ConnectionFactory.class);
            int before = backend(pool);
            network.silence();

            long start = System.nanoTime();
            assertThatThrownBy(() -> backend(pool)).as("a statement the database never answers")
                    .isInstanceOf(DataAccessResourceFailureException.class)
                    .matches(DatabaseUnavailable::isCause, "answered 503, as the database being unavailable");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time until the silent statement failed")
                    .isBetween(PATIENCE, PATIENCE.plus(QUICKLY));
            network.failover();

            assertThat(backend(pool)).as("backend answering after the failover, on a new connection")
                    .isNotEqualTo(before);
        });
    }

    @Test
    void statementAbandonedByItsCallerThenItsConnectionIsNotHandedOutAgain() {
        pool().run(context -> {
            ConnectionFactory pool = context.getBean(ConnectionFactory.class);
            int before = backend(pool);

            assertThatThrownBy(() -> DatabaseClient.create(pool).sql("SELECT pg_sleep(5)").then()
                    .timeout(Duration.ofMillis(200)).block(QUICKLY)).as("a statement given up on").isNotNull();

            assertThat(backend(pool)).as("backend of the next statement, answered without waiting for the "
                    + "abandoned one").isNotEqualTo(before);
        });
    }

    @Test
    void connectionEndedByTheServerThenReplacedBeforeAStatementFails() throws Exception {
        pool().run(context -> {
            ConnectionFactory pool = context.getBean(ConnectionFactory.class);
            int before = backend(pool);
            terminate(before);
            // Time for the driver to read the close. Not a wait for a condition: nothing outside the pool
            // shows when it has, and checking out a connection to see would be the statement under test.
            Thread.sleep(500);

            assertThat(backend(pool)).as("backend answering after the pool's connection was terminated")
                    .isNotEqualTo(before);
        });
    }

    private ApplicationContextRunner pool() {
        TestDatabase.Server server = TestDatabase.server();
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withInitializer(context -> context.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class))
                .withUserConfiguration(SilentConnections.class)
                .withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://localhost:" + network.port() + "/" + database,
                        "spring.r2dbc.username=" + server.user(), "spring.r2dbc.password=" + server.password(),
                        "spring.r2dbc.pool.initial-size=1", "spring.r2dbc.pool.max-size=1",
                        "medondoor.request-timeout=" + PATIENCE.toMillis() + "ms");
    }

    /** The server process behind the connection the next statement gets. */
    private static int backend(ConnectionFactory pool) {
        return DatabaseClient.create(pool).sql("SELECT pg_backend_pid() AS pid")
                .map(row -> row.get("pid", Integer.class)).one().block(QUICKLY);
    }

    private void terminate(int backend) throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        try (var connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + backend + ")");
        }
    }
}
