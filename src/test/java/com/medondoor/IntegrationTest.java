package com.medondoor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of every test that runs the whole service over HTTP on real PostgreSQL. Classes with the same
 * configuration share one cached application context and its database (dropped when the context
 * closes); {@link FreshTables} empties the tables before each class. A class that needs a service of
 * its own (other properties, an outage, a bean replaced) declares that configuration and
 * {@code @DirtiesContext}, so that its context is closed as soon as it is done instead of lingering in
 * the cache with its pool and background loops. Every service has the test administrator
 * ({@link Api#ADMIN_EMAIL}), who approves the providers of {@link Api#provider}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "medondoor.security.bcrypt-strength=4")
@AutoConfigureWebTestClient
@TestExecutionListeners(listeners = FreshTables.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import(DropDatabaseOnClose.class)
public abstract class IntegrationTest {

    @Autowired
    protected WebTestClient http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        registry.add("spring.r2dbc.url", () -> server.r2dbcUrl(database));
        registry.add("spring.r2dbc.username", server::user);
        registry.add("spring.r2dbc.password", server::password);
        registry.add("spring.flyway.url", () -> server.jdbcUrl(database));
        registry.add("spring.flyway.user", server::user);
        registry.add("spring.flyway.password", server::password);
        registry.add("medondoor.jwt.private-key", () -> TestKeys.SHARED);
        Api.ADMIN_SETTINGS.forEach((name, value) -> registry.add(name, () -> value));
    }

    private Api api;

    /**
     * The fixtures of this test, made once per test instance: its administrator logs in once however
     * many providers the test has approved (each login signs a token, the dearest step of a fixture).
     */
    protected Api api() {
        if (api == null) {
            api = new Api(http);
        }
        return api;
    }
}
