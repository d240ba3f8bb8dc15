package com.medondoor.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data and the embedded database exist only on a developer's run without a configured database. */
class OnDevDatabaseTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(DevOnly.class);

    @Test
    void noDatabaseConfiguredAndEmbeddedPostgresPresentThenApplies() {
        contexts.run(context -> assertThat(context).as("a developer's run").hasSingleBean(Marker.class));
    }

    @Test
    void databaseConfiguredThenDoesNotApply() {
        contexts.withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://db:5432/medondoor")
                .run(context -> assertThat(context).as("a configured database").doesNotHaveBean(Marker.class));
    }

    @Test
    void noEmbeddedPostgresAsInTheJarThenDoesNotApply() {
        contexts.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
                .run(context -> assertThat(context).as("the production jar").doesNotHaveBean(Marker.class));
    }

    record Marker() {
    }

    @Configuration(proxyBeanMethods = false)
    static class DevOnly {

        @Bean
        @OnDevDatabase
        Marker marker() {
            return new Marker();
        }
    }
}
