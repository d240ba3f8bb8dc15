package com.medondoor.system;

import java.net.ConnectException;
import java.util.List;
import java.util.Set;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises the failures that mean "the database cannot be reached right now" rather than "this
 * request or this code is wrong": a refused or timed-out connection, a pool that cannot hand one
 * out in time, a connection terminated under a query. They are answered 503 with Retry-After.
 *
 * <p>Where PostgreSQL itself answered, its SQLSTATE decides: r2dbc-postgresql reports every code
 * it does not know (0A000, XX000, P0001…) as a "resource" failure, and Spring translates that into
 * {@link DataAccessResourceFailureException}, so the types alone would turn bugs into 503s. Without a
 * SQLSTATE (the client's own failures), the type decides: Spring's {@code DatabaseClient} wraps
 * acquisition failures in {@link DataAccessResourceFailureException}, and a
 * {@code TransactionalOperator} that cannot get a connection throws {@link CannotCreateTransactionException}.
 */
final class DatabaseUnavailable {

    /** Connection exception, transaction rollback (serialization, deadlock), insufficient resources, operator intervention, system error. */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private static final List<Class<? extends Throwable>> UNAVAILABLE = List.of(
            DataAccessResourceFailureException.class,
            TransientDataAccessException.class,
            CannotCreateTransactionException.class,
            R2dbcNonTransientResourceException.class,
            R2dbcTransientResourceException.class,
            R2dbcTimeoutException.class,
            ConnectException.class);

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null && r2dbc.getSqlState().length() == 5) {
                return UNAVAILABLE_CLASSES.contains(r2dbc.getSqlState().substring(0, 2));
            }
        }
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
