package com.medondoor.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import com.medondoor.ServiceProcess;
import com.medondoor.TestDatabase;
import com.medondoor.load.LoadClient.Account;

/** The service under load, its database, and the patients who book in every scenario. */
record Scene(ServiceProcess service, LoadClient client, List<Account> patients, Path output) {

    Connection database() throws SQLException {
        TestDatabase.Server server = TestDatabase.server();
        return DriverManager.getConnection(server.jdbcUrl(service.database()), server.user(), server.password());
    }
}
