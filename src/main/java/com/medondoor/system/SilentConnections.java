package com.medondoor.system;

import java.time.Duration;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps connections that the database stopped answering on out of the pool, without a query per checkout.
 * <p>
 * The pool checks each connection as it hands it out and as it takes it back at
 * {@code ValidationDepth.LOCAL} (application.yml). r2dbc-pool 1.0 then calls the connection's own
 * {@code validate(LOCAL)}, which r2dbc-postgresql 1.1 answers from its state, with no round trip: not
 * closed, and its Netty channel still open. That catches every connection the server ended. A restart, a
 * failover that stops the old primary and {@code pg_terminate_backend} all close the socket; the
 * connection's event loop reads the close within moments and marks it closed, and the pool drops it and
 * hands out another (acquire-retry). A query per checkout ({@code validation-query}) cost every request a
 * round trip to learn the same.
 * <p>
 * What no local check can see is a silent network: a partition, or an address that moved to a new
 * server while the old one vanished without a word. Such a connection looks open and never hears back.
 * TCP keepalive does not help in time (r2dbc-postgresql can only switch it on, and Linux then probes an
 * idle socket after two hours; a proxy in between answers the probes itself), nor do the pool's idle and
 * life limits (minutes). This decorator, which Boot
 * applies to the driver's connections before pooling them, covers it: every exchange on a connection
 * waits at most {@code medondoor.request-timeout} for the database's first answer ({@link FirstAnswer}).
 * A connection that gave none in time, or whose caller gave up before one came (a request's deadline, a
 * sweep's timeout), is closed: its statements fail at once (a 503 to a request) and the pool's local
 * check drops it. Even on a sound network such a connection would still owe the answer to a statement
 * nobody waits for. Timers are per statement, not per checkout, and cost no round trip.
 */
@Component
class SilentConnections implements ConnectionFactoryDecorator {

    private final Duration patience;

    SilentConnections(@Value("${medondoor.request-timeout:10s}") Duration patience) {
        this.patience = patience;
    }

    @Override
    public ConnectionFactory decorate(ConnectionFactory connections) {
        return new Watching(connections, patience);
    }

    private record Watching(ConnectionFactory connections, Duration patience)
            implements ConnectionFactory, Wrapped<ConnectionFactory> {

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.from(connections.create()).map(connection -> new WatchedConnection(connection, patience));
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return connections.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return connections;
        }
    }
}
