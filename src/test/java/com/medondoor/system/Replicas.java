package com.medondoor.system;

import java.util.HashMap;
import java.util.Map;

import com.medondoor.MedOnDoorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Starts further instances of the service in the test JVM, each with its own context and port. */
final class Replicas {

    private Replicas() {
    }

    /**
     * A replica on a random port with these settings. They are passed as command-line arguments: the
     * builder's {@code properties(…)} are defaults, which application.yml would override.
     */
    static ConfigurableApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("server.port", "0");
        all.put("medondoor.security.bcrypt-strength", "4");
        String[] arguments = all.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(MedOnDoorApplication.class).run(arguments);
    }

    /** The database settings of a running context, to start another replica on the same database. */
    static Map<String, Object> databaseOf(Environment environment) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : new String[] {"spring.r2dbc.url", "spring.r2dbc.username", "spring.r2dbc.password",
                "spring.flyway.url", "spring.flyway.user", "spring.flyway.password"}) {
            settings.put(name, environment.getProperty(name));
        }
        return settings;
    }

    static int port(ConfigurableApplicationContext replica) {
        return Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
    }
}
