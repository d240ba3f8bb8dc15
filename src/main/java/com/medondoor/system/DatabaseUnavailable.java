package com.medondoor.system;

import java.util.List;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises the failures that mean "the database cannot be reached right now" rather than "this
 * request is wrong": a refused or timed-out connection, a pool that cannot hand one out in time, a
 * connection terminated under a query. They are answered 503 with Retry-After, never 500.
 *
 * <p>Spring's {@code DatabaseClient} wraps acquisition failures in
 * {@link DataAccessResourceFailureException} and translates R2DBC errors into the
 * {@code DataAccessException} family; a {@code TransactionalOperator} that cannot get a connection
 * throws {@link CannotCreateTransactionException}. The raw R2DBC types are listed too, for code
 * that talks to a connection directly.
 */
final class DatabaseUnavailable {

    private static final List<Class<? extends Throwable>> UNAVAILABLE = List.of(
            DataAccessResourceFailureException.class,
            TransientDataAccessException.class,
            CannotCreateTransactionException.class,
            R2dbcNonTransientResourceException.class,
            R2dbcTransientResourceException.class,
            R2dbcTimeoutException.class);

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            for (Class<? extends Throwable> type : UNAVAILABLE) {
                if (type.isInstance(current)) {
                    return true;
                }
            }
        }
        return false;
    }
}
