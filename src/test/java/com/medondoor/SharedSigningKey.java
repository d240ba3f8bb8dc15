package com.medondoor;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a test's service {@link TestKeys#SHARED} as its signing key, so that it does not generate one of
 * its own at start-up (a 2048-bit RSA key costs the first-tier JIT of a test JVM about a second).
 */
public class SharedSigningKey implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("sharedSigningKey", Map.of("medondoor.jwt.private-key", TestKeys.SHARED)));
    }
}
