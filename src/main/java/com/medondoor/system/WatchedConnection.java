package com.medondoor.system;

import java.time.Duration;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * A driver connection whose every exchange with the database waits a bounded time for its first answer
 * ({@link FirstAnswer}, {@link SilentConnections}). Everything else is the driver's, including the
 * pool's local validation: a connection that stopped answering has been closed, and says so.
 */
final class WatchedConnection implements Connection, Wrapped<Connection> {

    private final Connection connection;
    private final Duration patience;

    WatchedConnection(Connection connection, Duration patience) {
        this.connection = connection;
        this.patience = patience;
    }

    /** The results of a statement or batch, each read within the wait for the first answer. */
    Flux<Result> results(Publisher<? extends Result> results) {
        return Flux.defer(() -> new FirstAnswer(connection, patience).watchResults(results));
    }

    private <T> Flux<T> watched(Publisher<T> exchange) {
        return Flux.defer(() -> new FirstAnswer(connection, patience).watch(exchange));
    }

    @Override
    public Statement createStatement(String sql) {
        return new WatchedStatement(connection.createStatement(sql), this);
    }

    @Override
    public Batch createBatch() {
        Batch batch = connection.createBatch();
        return new Batch() {
            @Override
            public Batch add(String sql) {
                batch.add(sql);
                return this;
            }

            @Override
            public Publisher<? extends Result> execute() {
                return results(batch.execute());
            }
        };
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
        return depth == ValidationDepth.LOCAL ? connection.validate(depth) : watched(connection.validate(depth));
    }

    @Override
    public Publisher<Void> beginTransaction() {
        return watched(connection.beginTransaction());
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
        return watched(connection.beginTransaction(definition));
    }

    @Override
    public Publisher<Void> commitTransaction() {
        return watched(connection.commitTransaction());
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
        return watched(connection.rollbackTransaction());
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
        return watched(connection.createSavepoint(name));
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
        return watched(connection.releaseSavepoint(name));
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
        return watched(connection.rollbackTransactionToSavepoint(name));
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
        return watched(connection.setAutoCommit(autoCommit));
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
        return watched(connection.setLockWaitTimeout(timeout));
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
        return watched(connection.setStatementTimeout(timeout));
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
        return watched(connection.setTransactionIsolationLevel(level));
    }

    @Override
    public boolean isAutoCommit() {
        return connection.isAutoCommit();
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
        return connection.getTransactionIsolationLevel();
    }

    @Override
    public ConnectionMetadata getMetadata() {
        return connection.getMetadata();
    }

    @Override
    public Publisher<Void> close() {
        return connection.close();
    }

    @Override
    public Connection unwrap() {
        return connection;
    }
}
