package com.medondoor.system;

import java.net.ConnectException;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are an unreachable database (503) and which are bugs (500). */
class DatabaseUnavailableTests {

    @Test
    void terminatedOrRefusedConnectionsArePostgresOutages() {
        assertThat(DatabaseUnavailable.isCause(translated(new R2dbcNonTransientResourceException(
                "terminating connection due to administrator command", "57P01"))))
                .as("a connection terminated by the server").isTrue();
        assertThat(DatabaseUnavailable.isCause(translated(new R2dbcNonTransientResourceException(
                "Connection unexpectedly closed", "08006")))).as("a connection closed under a query").isTrue();
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                new R2dbcNonTransientResourceException("Cannot connect", "08003", new ConnectException("refused")))))
                .as("a refused connection").isTrue();
        assertThat(DatabaseUnavailable.isCause(translated(new R2dbcNonTransientResourceException(
                "sorry, too many clients already", "53300")))).as("a server out of connections").isTrue();
    }

    @Test
    void clientSideTimeoutsAndFailuresWithoutSqlStateAreOutages() {
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                new R2dbcTimeoutException("Connection acquisition timed out after 2000ms"))))
                .as("a pool that could not hand out a connection in time").isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open R2DBC Connection",
                new ConnectException("refused")))).as("a transaction that could not start").isTrue();
    }

    @Test
    void errorsPostgresAnswersForBadStatementsAreNotOutages() {
        assertThat(DatabaseUnavailable.isCause(translated(new R2dbcNonTransientResourceException(
                "cannot truncate a table referenced in a foreign key constraint", "0A000"))))
                .as("a feature-not-supported error, which the driver reports as a resource failure").isFalse();
        assertThat(DatabaseUnavailable.isCause(translated(new R2dbcNonTransientResourceException("boom", "XX000"))))
                .as("an internal error").isFalse();
        assertThat(DatabaseUnavailable.isCause(new BadSqlGrammarException("select", "SELEC 1",
                new java.sql.SQLException("syntax error", "42601")))).as("bad grammar").isFalse();
        assertThat(DatabaseUnavailable.isCause(new R2dbcBadGrammarException("syntax error", "42601")))
                .as("bad grammar, untranslated").isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).as("a plain bug").isFalse();
    }

    /** What Spring's DatabaseClient makes of a driver exception with this SQLSTATE. */
    private static DataAccessResourceFailureException translated(R2dbcNonTransientResourceException driver) {
        return new DataAccessResourceFailureException("executeMany; SQL [...]; " + driver.getMessage(), driver);
    }
}
