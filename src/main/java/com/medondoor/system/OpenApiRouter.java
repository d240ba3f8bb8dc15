package com.medondoor.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.yaml.snakeyaml.Yaml;

/**
 * Serves the hand-written OpenAPI description: JSON at {@code /v3/api-docs}, the YAML source at
 * {@code /v3/api-docs.yaml}. {@code OpenApiContractTests} keeps it in step with the routes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiRouter {

    static final String SOURCE = "openapi.yaml";

    @Bean
    RouterFunction<ServerResponse> openApiRoutes() throws IOException {
        String yaml;
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> description = new Yaml().load(yaml);
        return RouterFunctions.route()
                .GET("/v3/api-docs", request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(description))
                .GET("/v3/api-docs.yaml", request -> ServerResponse.ok()
                        .contentType(MediaType.parseMediaType("application/yaml")).bodyValue(yaml))
                .build();
    }
}
