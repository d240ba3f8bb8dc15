package com.medondoor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Drops an integration test class's database when its context closes: after the service has stopped
 * its connections and listeners, so that none of them sees the database vanish under it.
 */
@TestConfiguration(proxyBeanMethods = false)
class DropDatabaseOnClose {

    @Bean
    DisposableBean dropDatabase(@Value("${spring.r2dbc.url}") String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return () -> TestDatabase.drop(name);
    }
}
