package com.medondoor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of every test that runs the whole service over HTTP on real PostgreSQL. Each test class gets
 * its own application context and its own fresh database, dropped when the class is done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "medondoor.security.bcrypt-strength=4")
@AutoConfigureWebTestClient
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
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
    }

    protected Api api() {
        return new Api(http);
    }
}
