package com.medondoor.system;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.medondoor.CapturedLogs;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the database check answers, and what it logs, through an outage probed every few seconds. */
class DatabaseHealthIndicatorTests {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private final ConnectionFactory database = mock(ConnectionFactory.class);
    private final Clock clock = mock(Clock.class);
    private Instant now = START;
    private DatabaseHealthIndicator indicator;

    @BeforeEach
    void indicatorWithRemindersEveryMinute() {
        when(clock.instant()).thenAnswer(invocation -> now);
        indicator = new DatabaseHealthIndicator(database, clock, Duration.ofMinutes(1));
    }

    @Test
    void downForMinutesThenOneWarningThenOneReminderAMinuteThenOneLineWhenBack() {
        try (CapturedLogs logs = CapturedLogs.of(DatabaseHealthIndicator.class)) {
            refusing();
            for (int second : new int[] {0, 5, 30, 59, 60, 65, 119, 120, 150}) {
                now = START.plusSeconds(second);
                expect(Status.DOWN, "at " + second + " s of the outage");
            }
            reachable();
            now = START.plusSeconds(155);
            expect(Status.UP, "when the database is back");
            expect(Status.UP, "on the next probe");

            String cause = "Cannot connect to db:5432 (Connection refused)";
            assertThat(logs.events()).as("lines logged through the outage")
                    .extracting(event -> event.getLevel() + " " + event.getFormattedMessage())
                    .containsExactly("WARN Database unreachable: " + cause,
                            "WARN Database still unreachable since 2026-03-02T08:00:00Z: " + cause,
                            "WARN Database still unreachable since 2026-03-02T08:00:00Z: " + cause,
                            "INFO Database reachable again after 155 s");
            assertThat(logs.events()).as("stack traces logged").extracting(ILoggingEvent::getThrowableProxy)
                    .containsOnlyNulls();
        }
    }

    @Test
    void noConnectionWithinTwoSecondsThenDown() {
        doReturn(Mono.never()).when(database).create();

        StepVerifier.withVirtualTime(indicator::health)
                .thenAwait(DatabaseHealthIndicator.TIMEOUT)
                .assertNext(health -> {
                    assertThat(health.getStatus()).as("status of a check that got no connection").isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).as("details").containsEntry("error", "no answer within 2 s");
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }

    private void refusing() {
        doReturn(Mono.error(new R2dbcNonTransientResourceException("Cannot connect to db:5432", "08003",
                new ConnectException("Connection refused")))).when(database).create();
    }

    private void reachable() {
        Connection connection = mock(Connection.class);
        doReturn(Mono.just(true)).when(connection).validate(ValidationDepth.REMOTE);
        doReturn(Mono.empty()).when(connection).close();
        doReturn(Mono.just(connection)).when(database).create();
    }

    private void expect(Status status, String when) {
        indicator.health().as(StepVerifier::create)
                .assertNext(health -> assertThat(health.getStatus()).as("status " + when).isEqualTo(status))
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }
}
