package com.medondoor.system.outage;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.account.ServiceType;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL terminates every connection of the service (a failover, an administrator, a proxy
 * restart) while patients book and log in and providers claim: the service answers 503 or succeeds,
 * never 500 and never slowly, and carries on without a restart, losing and doubling nothing; logins
 * work again within two seconds. (All the load comes from one address: the per-client login limit is
 * raised so that the wrong passwords in it are not refused.)
 */
// Every nurse of the load claims every booking: they race for bookings, not for their own capacity.
@TestPropertySource(properties = {"medondoor.security.login.client-failures=100000",
        "medondoor.duty.capacity.nurse-visit=" + BookingLoad.CAPACITY_NOT_REACHED})
@DirtiesContext
class ConnectionsTerminatedIntegrationTests extends IntegrationTest {

    private static final int ROUNDS = 8;
    private static final Duration LOGINS_WATCHED = Duration.ofSeconds(4);

    @LocalServerPort
    private int port;

    @Autowired
    private DatabaseClient db;

    @Autowired
    private MeterRegistry meters;

    @Test
    void allConnectionsTerminatedUnderLoadThenServiceRecoversWithoutLostOrDoubleBookingsOrClaims() throws Exception {
        List<Api.Account> patients = IntStream.range(0, 3).mapToObj(i -> api().patient()).toList();
        List<Api.Account> nurses = IntStream.range(0, 3).mapToObj(i -> api().provider(ServiceType.NURSE_VISIT)).toList();
        double reconnectsBefore = meters.get("medondoor.live.listener.reconnects").counter().count();

        try (JobStreamWatch stream = new JobStreamWatch(port, nurses.get(0)); BookingLoad load = new BookingLoad(port)) {
            assertThat(stream.await("snapshot", Duration.ofSeconds(10))).as("snapshot of the open job stream").isNotNull();
            Sinks.Empty<Void> stopLogins = Sinks.empty();
            var loggingIn = load.logIns(patients, stopLogins.asMono()).toFuture();
            var running = load.run(patients, nurses, ROUNDS).toFuture();

            load.progress().filter(booked -> booked >= 4).next().block(Duration.ofSeconds(30));
            assertThat(terminateAllConnections()).as("connections terminated, first time").isPositive();
            load.progress().filter(booked -> booked >= 14).next().block(Duration.ofSeconds(30));
            assertThat(terminateAllConnections()).as("connections terminated, second time").isPositive();
            long back = System.nanoTime();
            running.join();
            // Logins go on for a while after the last termination: the time they take to come back is measured.
            Thread.sleep(Math.max(0, Duration.ofNanos(back - System.nanoTime()).plus(LOGINS_WATCHED).toMillis()));
            stopLogins.tryEmitEmpty();
            loggingIn.join();

            LoadChecks.answeredQuickly(load, Duration.ofSeconds(3));
            LoadChecks.loginsBackWithin(load, back, Duration.ofSeconds(2));
            List<UUID> patientIds = patients.stream().map(Api.Account::id).toList();
            LoadChecks.eachKeyBookedOnce(db, load, patientIds, ROUNDS);
            LoadChecks.oneWinnerPerBooking(db, load);

            UUID afterwards = api().book(api().patient(), ServiceType.NURSE_VISIT);
            assertThat(stream.awaitAvailable(afterwards, Duration.ofSeconds(15)))
                    .as("job.available on the stream opened before the connections were terminated").isNotNull();
        }
        assertThat(meters.get("medondoor.live.listener.reconnects").counter().count())
                .as("LISTEN reconnections after the terminations").isGreaterThan(reconnectsBefore);
    }

    /** Terminates every other connection to this database: the pool's and the LISTEN connection. */
    private long terminateAllConnections() {
        return db.sql("""
                SELECT count(pg_terminate_backend(pid)) AS terminated FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()
                """)
                .map(row -> row.get("terminated", Long.class))
                .one().block(Duration.ofSeconds(5));
    }
}
