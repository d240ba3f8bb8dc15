package com.medondoor.load;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bare stack the service is measured against: Reactor Netty's HTTP server, r2dbc-postgresql and
 * r2dbc-pool with the service's pool size, and nothing else (no Spring, no security, no metrics). It
 * serves {@code POST /api/jobs/{id}/claim} for the provider named by the {@code X-Provider} header,
 * running the service's own claim statements ({@link ClaimStatements}): 200 with the row as JSON when
 * the claim wins, 409 when it changed nothing (after the refusal read, while the service has one), the
 * refusal's row with the service's problem type for it ({@link ClaimRefusal}).
 * Run as its own process by {@link BareStack}, so that its CPU can be read from /proc like the service's:
 * {@code BareClaimServer host port database user password}; it prints {@link #LISTENING} and its port.
 */
public final class BareClaimServer {

    static final String LISTENING = "bare claim server listening on port ";
    static final String PROVIDER_HEADER = "X-Provider";

    private final ConnectionPool pool;
    private final ClaimStatements.Positional claim = ClaimStatements.positional(ClaimStatements.claim());
    private final ClaimStatements.Positional refusal = ClaimStatements.refusal() == null ? null
            : ClaimStatements.positional(ClaimStatements.refusal());
    private final JsonMapper json = JsonMapper.builder().build();

    private BareClaimServer(ConnectionPool pool) {
        this.pool = pool;
    }

    public static void main(String[] args) {
        PostgresqlConnectionConfiguration.Builder database = PostgresqlConnectionConfiguration.builder()
                .host(args[0]).port(Integer.parseInt(args[1])).database(args[2]).username(args[3]);
        if (args.length > 4 && !args[4].isEmpty()) {
            database.password(args[4]);
        }
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(
                new PostgresqlConnectionFactory(database.build()))
                .initialSize(LoadSuite.POOL_SIZE).maxSize(LoadSuite.POOL_SIZE).build());
        BareClaimServer server = new BareClaimServer(pool);
        DisposableServer http = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes.post("/api/jobs/{id}/claim", server::claim))
                .bindNow();
        System.out.println(LISTENING + http.port());
        http.onDispose().block();
    }

    private Publisher<Void> claim(HttpServerRequest request, HttpServerResponse response) {
        UUID booking;
        UUID provider;
        try {
            booking = UUID.fromString(Objects.requireNonNull(request.param("id")));
            provider = UUID.fromString(Objects.requireNonNull(request.requestHeaders().get(PROVIDER_HEADER)));
        }
        catch (RuntimeException e) {
            return response.status(HttpResponseStatus.BAD_REQUEST).send();
        }
        Map<String, Object> binds = Map.of("id", booking, "actor", provider, "provider", provider);
        // Both statements on one connection, taken from the pool once.
        return Mono.usingWhen(pool.create(), connection -> run(connection, claim, binds).defaultIfEmpty(Map.of())
                        .flatMap(row -> won(row, provider) ? Mono.just(answer(response, HttpResponseStatus.OK, row))
                                : refused(connection, binds, row).map(why -> answer(response, HttpResponseStatus.CONFLICT, typed(why))))
                        .onErrorResume(BareClaimServer::noRoom, full -> Mono.just(answer(response, HttpResponseStatus.CONFLICT,
                                Map.of("type", ClaimRefusal.CAPACITY_REACHED.type())))),
                        Connection::close)
                .flatMap(answer -> Mono.from(answer))
                .onErrorResume(AbortedException.class, clientGone -> Mono.empty())
                .onErrorResume(e -> {
                    System.err.println("claim of " + booking + " failed: " + e);
                    return Mono.from(response.status(HttpResponseStatus.INTERNAL_SERVER_ERROR).send());
                });
    }

    /** The refusal read's row while the repository has one; else what the claim itself returned. */
    private Mono<Map<String, Object>> refused(Connection connection, Map<String, Object> binds, Map<String, Object> claimed) {
        return refusal == null ? Mono.just(claimed) : run(connection, refusal, binds).defaultIfEmpty(Map.of());
    }

    /**
     * The refusal with the type the service would give it, for a provider who is verified, on duty and
     * sees the booking (as the bare stack's are): a PENDING booking refused for the provider's room, any
     * other for its status.
     */
    private static Map<String, Object> typed(Map<String, Object> refusal) {
        Map<String, Object> body = new LinkedHashMap<>(refusal);
        boolean full = "PENDING".equals(refusal.get("current_status")) && Boolean.FALSE.equals(refusal.get("has_room"));
        body.put("type", (full ? ClaimRefusal.CAPACITY_REACHED : ClaimRefusal.BOOKING_STATUS_CONFLICT).type());
        return body;
    }

    /**
     * Whether the database refused the claim's visit (migration V14's trigger: the provider filled up while
     * the claim ran), as the service's {@code DutyRoom} tells; the service then reads the shift to say why,
     * while the bare stack's providers are always on duty.
     */
    private static boolean noRoom(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PostgresqlException postgres
                    && "provider_duty_room".equals(postgres.getErrorDetails().getConstraintName().orElse(null))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the claim returned the booking as this provider's: any row today, since only a winning
     * claim returns one; a claim that also answers refusals would return a row naming someone else, or no one.
     */
    private static boolean won(Map<String, Object> row, UUID provider) {
        return !row.isEmpty() && (!row.containsKey("provider_id") || provider.equals(row.get("provider_id")));
    }

    private static Mono<Map<String, Object>> run(Connection connection, ClaimStatements.Positional statement,
            Map<String, Object> binds) {
        io.r2dbc.spi.Statement sql = connection.createStatement(statement.sql());
        for (int i = 0; i < statement.names().size(); i++) {
            sql.bind(i, Objects.requireNonNull(binds.get(statement.names().get(i)), statement.names().get(i)));
        }
        return Flux.from(sql.execute()).flatMap(result -> result.map(BareClaimServer::columns)).next();
    }

    private static Map<String, Object> columns(Row row, RowMetadata metadata) {
        Map<String, Object> columns = new LinkedHashMap<>();
        metadata.getColumnMetadatas().forEach(column -> columns.put(column.getName(), value((Readable) row, column.getName())));
        return columns;
    }

    /** Numbers, booleans and UUIDs as they are; anything else (timestamps) as its text, the way JSON carries it. */
    private static Object value(Readable row, String column) {
        Object value = row.get(column);
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof UUID ? value
                : value.toString();
    }

    private Publisher<Void> answer(HttpServerResponse response, HttpResponseStatus status, Map<String, Object> row) {
        byte[] body = json.writeValueAsString(row).getBytes(StandardCharsets.UTF_8);
        return response.status(status).header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .sendByteArray(Mono.just(body));
    }
}
