package com.medondoor;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Another replica of the service on the test's database, for what must hold across replicas. */
public final class SecondReplica implements AutoCloseable {

    private static final String[] SHARED = {"spring.r2dbc.url", "spring.r2dbc.username", "spring.r2dbc.password",
            "spring.flyway.url", "spring.flyway.user", "spring.flyway.password"};

    private final ConfigurableApplicationContext context;

    private SecondReplica(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts on a random port with the test context's database settings plus {@code settings}, given as
     * command-line arguments: unlike builder properties, those override application.yml.
     */
    public static SecondReplica start(Environment test, Map<String, Object> settings) {
        return start(test, settings, new Class<?>[0]);
    }

    /** The same, with more bean definitions ({@code @Bean} methods of plain classes, never scanned). */
    public static SecondReplica start(Environment test, Map<String, Object> settings, Class<?>... sources) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("server.port", "0");
        for (String name : SHARED) {
            properties.put(name, test.getProperty(name));
        }
        String[] arguments = properties.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SecondReplica(new SpringApplicationBuilder(MedOnDoorApplication.class).sources(sources)
                .run(arguments));
    }

    /** One of the replica's beans, to watch its state. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .build();
    }

    public WebTestClient client(Duration responseTimeout) {
        return client().mutate().responseTimeout(responseTimeout).build();
    }

    @Override
    public void close() {
        context.close();
    }
}
