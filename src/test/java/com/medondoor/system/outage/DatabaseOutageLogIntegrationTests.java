package com.medondoor.system.outage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.medondoor.CapturedLogs;
import com.medondoor.Replica;
import com.medondoor.system.deploy.Probes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the readiness probes make a replica log through a database outage: one warning when it
 * starts, however often they probe, without a stack trace, and one line when it ends.
 */
class DatabaseOutageLogIntegrationTests {

    private static final int PROBES = 10;

    @TempDir
    private Path dataDirectory;

    private RestartablePostgres postgres;
    private Replica replica;
    private Probes probes;

    @BeforeEach
    void startDatabaseAndReplica() throws Exception {
        postgres = RestartablePostgres.start(dataDirectory);
        Map<String, Object> settings = new HashMap<>(postgres.replicaSettings());
        settings.put("medondoor.live.listener-max-backoff", "1s");
        replica = Replica.start(settings);
        probes = new Probes(replica.client(Duration.ofSeconds(10)));
    }

    @AfterEach
    void stopReplicaAndDatabase() throws Exception {
        replica.close();
        postgres.close();
    }

    @Test
    void databaseDownForManyProbesThenOneWarningWithoutStackTraceAndOneLineWhenBack() throws Exception {
        probes.awaitReadiness(200, Duration.ofSeconds(10));
        try (CapturedLogs logs = CapturedLogs.all()) {
            postgres.stop();
            for (int probe = 1; probe <= PROBES; probe++) {
                assertThat(probes.readiness()).as("readiness probe %s while the database is down", probe).isEqualTo(503);
            }

            List<ILoggingEvent> warnings = healthChecks(logs, Level.WARN);
            assertThat(warnings).as("health check warnings logged for %s probes of an outage", PROBES)
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .startsWith("Database unreachable: ");
            assertThat(warnings.get(0).getThrowableProxy()).as("stack trace of the outage's warning").isNull();

            postgres.start();
            probes.awaitReadiness(200, Duration.ofSeconds(20));
            assertThat(healthChecks(logs, Level.INFO)).as("health check lines logged through the outage")
                    .extracting(ILoggingEvent::getFormattedMessage).hasSize(2).last().asString()
                    .matches("Database reachable again after \\d+ s");
        }
    }

    /** What health indicators (Boot's and ours) logged, at this level or above. */
    private static List<ILoggingEvent> healthChecks(CapturedLogs logs, Level level) {
        return logs.atLeast(level).stream().filter(event -> event.getLoggerName().endsWith("HealthIndicator")).toList();
    }
}
