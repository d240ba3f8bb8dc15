package com.medondoor.system.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.convert.DurationStyle;

/**
 * The service's settings as a pod of an overlay sees them: application.yml, then its part for
 * Kubernetes ({@code on-cloud-platform: kubernetes}), then the environment variables of the
 * overlay's ConfigMap. Read from the files themselves, so that a manifest cannot drift from them.
 */
final class KubernetesSettings {

    private static final Path APPLICATION_YML = Path.of("src/main/resources/application.yml");

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> environment;

    KubernetesSettings(Map<String, String> environment) {
        this.environment = environment;
        List<Map<String, Object>> documents = KubernetesManifests.documents(APPLICATION_YML);
        Map<String, Object> kubernetes = documents.stream()
                .filter(document -> "kubernetes".equals(flatten(document).get("spring.config.activate.on-cloud-platform")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("application.yml has no part for on-cloud-platform: kubernetes"));
        properties.putAll(flatten(documents.get(0)));
        properties.putAll(flatten(kubernetes));
    }

    /** A property, as the ConfigMap's environment variable overrides it (relaxed binding's simple form). */
    String get(String property) {
        String variable = property.toUpperCase().replace(".", "_").replace("-", "");
        Object value = environment.containsKey(variable) ? environment.get(variable) : properties.get(property);
        return value == null ? null : String.valueOf(value);
    }

    int serverPort() {
        return Integer.parseInt(get("server.port"));
    }

    int managementPort() {
        String port = get("management.server.port");
        return port == null ? serverPort() : Integer.parseInt(port);
    }

    String actuatorBasePath() {
        String basePath = get("management.endpoints.web.base-path");
        return basePath == null ? "/actuator" : basePath;
    }

    Duration duration(String property) {
        return DurationStyle.detectAndParse(get(property));
    }

    /** The paths a liveness or readiness probe may use on a port, which the service serves without a token. */
    List<String> probePaths(String group, int port) {
        if (!"true".equals(get("management.endpoint.health.probes.enabled"))) {
            return List.of();
        }
        String health = actuatorBasePath() + "/health/" + group;
        boolean additional = "true".equals(get("management.endpoint.health.probes.add-additional-paths"));
        String additionalPath = group.equals("liveness") ? "/livez" : "/readyz";
        if (port == managementPort() && port == serverPort()) {
            return additional ? List.of(health, additionalPath) : List.of(health);
        }
        if (port == managementPort()) {
            return List.of(health);
        }
        return port == serverPort() && additional ? List.of(additionalPath) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(Map<String, Object> tree) {
        Map<String, Object> flat = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> child) {
                flatten((Map<String, Object>) child).forEach((path, leaf) -> flat.put(key + "." + path, leaf));
            }
            else {
                flat.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                        : value);
            }
        });
        return flat;
    }
}
