package com.medondoor.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.medondoor.TestDatabase;

/**
 * Something that answers claims over HTTP on its own database: the service or the bare stack.
 *
 * @param name how the report calls it
 * @param pid its process, whose CPU is read from /proc
 * @param header the header that says who claims, and {@code providers} its value for each provider, by
 *        service type ({@link ClaimShape#serviceType()})
 * @param patient whose bookings the scenario inserts
 */
record ClaimTarget(String name, String baseUrl, long pid, String database, String header,
        Map<String, List<String>> providers, UUID patient) {

    /** The header's values for the providers who claim in this shape. */
    List<String> providers(ClaimShape shape) {
        return providers.get(shape.serviceType());
    }

    Connection connect() throws SQLException {
        TestDatabase.Server server = TestDatabase.server();
        return DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
    }
}
