package com.medondoor.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.medondoor.ExpiredRowsFixture;
import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sweep rounds over the service's real tables (idempotency keys of 24 h, revocations of expired
 * tokens), as replicas run them. The service's own sweeper waits an hour here, so that only the test
 * deletes.
 */
@TestPropertySource(properties = "medondoor.retention.sweep-interval=1h")
@DirtiesContext
class RetentionSweepIntegrationTests extends IntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXPIRED_KEY = Duration.ofHours(25);
    private static final Duration FRESH_KEY = Duration.ofHours(23);
    private static final Duration EXPIRED_TOKEN = Duration.ofHours(1);
    private static final Duration UNEXPIRED_TOKEN = Duration.ofMinutes(-10);

    @Autowired
    private List<ExpiredRows> tables;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private Environment environment;

    private ExpiredRowsFixture fixture;

    @BeforeEach
    void emptyTables() {
        fixture = new ExpiredRowsFixture(db);
        db.sql("DELETE FROM idempotency_keys").then().then(db.sql("DELETE FROM revoked_tokens").then()).block(TIMEOUT);
    }

    @Test
    void roundDeletesExpiredRowsOfEveryTableInBatchesOfAtMostTheLimit() {
        seed(2500);
        List<Batch> batches = new CopyOnWriteArrayList<>();

        List<RetentionSweeper.Swept> round = sweeper(batches, UnaryOperator.identity()).sweep().block(TIMEOUT);

        assertThat(round).as("the round's outcome by table").containsExactlyInAnyOrder(
                new RetentionSweeper.Swept("idempotency_keys", 2500, null),
                new RetentionSweeper.Swept("revoked_tokens", 2500, null),
                new RetentionSweeper.Swept("login_failures", 0, null),
                new RetentionSweeper.Swept("sessions", 0, null));
        assertThat(batches).as("every delete statement of the round").allSatisfy(batch ->
                assertThat(batch.deleted()).as("rows deleted by one statement on " + batch.table()).isLessThanOrEqualTo(1000));
        assertThat(byTable(batches)).as("rows deleted by each statement, by table").isEqualTo(Map.of(
                "idempotency_keys", List.of(1000L, 1000L, 500L), "revoked_tokens", List.of(1000L, 1000L, 500L),
                "login_failures", List.of(0L), "sessions", List.of(0L)));
        assertUnexpiredRowsLeft();
    }

    @Test
    void twoSweepersAtOnceThenEachRowDeletedOnceAndBothFinish() {
        seed(5000);
        List<Batch> batches = new CopyOnWriteArrayList<>();
        // The first statement of either sweeper waits for the other's, so that the two really overlap.
        AtomicInteger arrived = new AtomicInteger();
        Sinks.Empty<Void> bothArrived = Sinks.empty();
        UnaryOperator<Mono<Long>> together = batch -> Mono.defer(() -> {
            if (arrived.incrementAndGet() == 2) {
                bothArrived.tryEmitEmpty();
            }
            return bothArrived.asMono().then(batch);
        });

        var rounds = Mono.zip(sweeper(batches, together).sweep().subscribeOn(Schedulers.parallel()),
                        sweeper(batches, together).sweep().subscribeOn(Schedulers.parallel()))
                .timeout(TIMEOUT, Mono.error(new AssertionError("two sweepers at once did not both finish within " + TIMEOUT)))
                .block();

        assertThat(deletedFrom("idempotency_keys", rounds.getT1()) + deletedFrom("idempotency_keys", rounds.getT2()))
                .as("keys deleted by both sweepers together").isEqualTo(5000);
        assertThat(deletedFrom("revoked_tokens", rounds.getT1()) + deletedFrom("revoked_tokens", rounds.getT2()))
                .as("revocations deleted by both sweepers together").isEqualTo(5000);
        assertThat(batches).as("every delete statement of both sweepers").allSatisfy(batch ->
                assertThat(batch.deleted()).as("rows deleted by one statement on " + batch.table()).isLessThanOrEqualTo(1000));
        assertUnexpiredRowsLeft();
    }

    @Test
    void rowsLockedByAnotherSweeperThenSkippedWithoutWaiting() throws Exception {
        seed(1500);
        try (Connection other = DriverManager.getConnection(environment.getProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"));
                Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("SELECT 1 FROM revoked_tokens WHERE expires_at < now() LIMIT 200 FOR UPDATE");
            statement.execute("SELECT 1 FROM idempotency_keys WHERE created_at < now() - interval '1 day' LIMIT 200 FOR UPDATE");

            List<RetentionSweeper.Swept> whileLocked = sweeper().sweep()
                    .timeout(Duration.ofSeconds(10),
                            Mono.error(new AssertionError("the sweep waited for rows another transaction holds")))
                    .block();

            assertThat(deletedFrom("idempotency_keys", whileLocked)).as("keys deleted past 200 locked ones")
                    .isEqualTo(1300);
            assertThat(deletedFrom("revoked_tokens", whileLocked)).as("revocations deleted past 200 locked ones")
                    .isEqualTo(1300);
            other.rollback();
        }
        List<RetentionSweeper.Swept> after = sweeper().sweep().block(TIMEOUT);
        assertThat(deletedFrom("idempotency_keys", after)).as("keys deleted once the lock was gone").isEqualTo(200);
        assertThat(deletedFrom("revoked_tokens", after)).as("revocations deleted once the lock was gone").isEqualTo(200);
        assertUnexpiredRowsLeft();
    }

    /** Expired rows in each table, and a few that must stay. */
    private void seed(int expired) {
        fixture.idempotencyKeys(expired, EXPIRED_KEY);
        fixture.idempotencyKeys(7, FRESH_KEY);
        fixture.revocations(expired, EXPIRED_TOKEN);
        fixture.revocations(7, UNEXPIRED_TOKEN);
    }

    private void assertUnexpiredRowsLeft() {
        assertThat(fixture.count("idempotency_keys", "true")).as("keys left: those within their retention").isEqualTo(7);
        assertThat(fixture.count("revoked_tokens", "true")).as("revocations left: those of unexpired tokens").isEqualTo(7);
    }

    private RetentionSweeper sweeper() {
        return new RetentionSweeper(tables, Duration.ofHours(1));
    }

    /** A sweeper over the service's tables that notes what each statement deleted; {@code around} wraps each. */
    private RetentionSweeper sweeper(List<Batch> batches, UnaryOperator<Mono<Long>> around) {
        List<ExpiredRows> recorded = tables.stream().<ExpiredRows>map(table -> new ExpiredRows() {
            @Override
            public String table() {
                return table.table();
            }

            @Override
            public Mono<Long> deleteBatch(int limit) {
                return around.apply(table.deleteBatch(limit))
                        .doOnNext(deleted -> batches.add(new Batch(table.table(), deleted)));
            }
        }).toList();
        return new RetentionSweeper(recorded, Duration.ofHours(1));
    }

    private static long deletedFrom(String table, List<RetentionSweeper.Swept> round) {
        RetentionSweeper.Swept swept = round.stream().filter(s -> s.table().equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("the round did not sweep " + table + ": " + round));
        assertThat(swept.failure()).as("failure sweeping " + table).isNull();
        return swept.deleted();
    }

    private static Map<String, List<Long>> byTable(List<Batch> batches) {
        return batches.stream().collect(Collectors.groupingBy(Batch::table,
                Collectors.mapping(Batch::deleted, Collectors.toList())));
    }

    private record Batch(String table, long deleted) {
    }
}
