package com.medondoor.system;

import java.time.Instant;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON: a value of the wrong type is a 400, never silently converted (4.5 stars is not 4, 1 is not
 * the second role nor true, a number is not a date); a body must be UTF-8 and its text free of control characters,
 * noncharacters and unpaired surrogates ({@link StrictUtf8}, {@link TextDeserializer}).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * Bounds on what a body may contain, far above any real request (bodies are at most 256 KB, see
     * spring.codec.max-in-memory-size): deeply nested or huge documents are refused while parsing.
     */
    @Bean
    JsonFactoryBuilderCustomizer boundedDocuments() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(100_000)
                .maxNumberLength(100)
                .build())
                .inputDecorator(new StrictUtf8());
    }

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("iso-instants").addDeserializer(Instant.class, new IsoInstantDeserializer()))
                .addModule(new SimpleModule("plain-text").addDeserializer(String.class, new TextDeserializer()))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
