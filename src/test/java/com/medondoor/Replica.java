package com.medondoor;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An instance of the service started in the test JVM, with its own context and a random port: another
 * replica beside an integration test's service, or a service on a database the test controls. (The
 * packaged jar runs as a process of its own: {@code system.ServiceProcess}.)
 */
public final class Replica implements AutoCloseable {

    /**
     * What replicas of one deployment share: the database, the key that signs access tokens and the first
     * administrator.
     */
    private static final String[] SHARED = {"spring.r2dbc.url", "spring.r2dbc.username", "spring.r2dbc.password",
            "spring.flyway.url", "spring.flyway.user", "spring.flyway.password", "medondoor.jwt.private-key",
            "medondoor.admin.email", "medondoor.admin.password"};

    private final ConfigurableApplicationContext context;

    private Replica(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Another replica of the test's service: its database and signing key, plus {@code settings} and more
     * bean definitions ({@code @Bean} methods of plain classes, never scanned).
     */
    public static Replica beside(Environment test, Map<String, Object> settings, Class<?>... sources) {
        Map<String, Object> properties = new HashMap<>();
        for (String name : SHARED) {
            if (test.getProperty(name) != null) {
                properties.put(name, test.getProperty(name));
            }
        }
        properties.putAll(settings);
        return start(properties, sources);
    }

    /**
     * A service with these settings, and the test administrator ({@link Api#ADMIN_SETTINGS}) unless they
     * say otherwise. They are passed as command-line arguments: unlike the builder's properties, which are
     * defaults, those override application.yml.
     */
    public static Replica start(Map<String, Object> settings, Class<?>... sources) {
        Map<String, Object> properties = new HashMap<>(Api.ADMIN_SETTINGS);
        properties.put("medondoor.security.bcrypt-strength", "4");
        properties.putAll(settings);
        properties.put("server.port", "0");
        String[] arguments = properties.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new Replica(new SpringApplicationBuilder(MedOnDoorApplication.class).sources(sources).run(arguments));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** One of the replica's beans, to watch or drive its state. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port()).build();
    }

    public WebTestClient client(Duration responseTimeout) {
        return client().mutate().responseTimeout(responseTimeout).build();
    }

    @Override
    public void close() {
        context.close();
    }
}
