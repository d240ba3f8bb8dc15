package com.medondoor.system.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.medondoor.system.deploy.KubernetesManifests.map;
import static com.medondoor.system.deploy.KubernetesManifests.maps;
import static org.assertj.core.api.Assertions.assertThat;

/** One overlay of k8s/, resolved, with the service's settings as its pods see them. */
record KubernetesOverlay(String name, List<Map<String, Object>> resources, KubernetesSettings settings) {

    @SuppressWarnings("unchecked")
    static KubernetesOverlay build(String name) {
        List<Map<String, Object>> resources = KubernetesManifests.build(Path.of("k8s/overlays", name));
        Map<String, String> environment = new LinkedHashMap<>();
        resources.stream().filter(resource -> "ConfigMap".equals(resource.get("kind")))
                .forEach(configMap -> ((Map<String, Object>) configMap.getOrDefault("data", Map.of()))
                        .forEach((key, value) -> environment.put(key, String.valueOf(value))));
        return new KubernetesOverlay(name, resources, new KubernetesSettings(environment));
    }

    /** The one resource of a kind; a missing or doubled one fails. */
    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
        assertThat(found).as(name + ": resources of kind " + kind).hasSize(1);
        return found.get(0);
    }

    Map<String, Object> pod() {
        return map(map(map(one("Deployment"), "spec"), "template"), "spec");
    }

    Map<String, Object> container() {
        List<Map<String, Object>> containers = maps(pod().get("containers"));
        assertThat(containers).as(name + ": containers of the Deployment").hasSize(1);
        return containers.get(0);
    }

    /** A container port by name (or number, as a probe may give it). */
    int containerPort(Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return maps(container().get("ports")).stream().filter(candidate -> port.equals(candidate.get("name")))
                .map(candidate -> (Integer) candidate.get("containerPort")).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": the container has no port named " + port));
    }

    /** The container port name that a Service port, given by name, forwards to. */
    Object servicePortTarget(Object servicePort) {
        return maps(map(one("Service"), "spec").get("ports")).stream()
                .filter(port -> servicePort.equals(port.get("name"))).map(port -> port.get("targetPort")).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": the Service has no port named " + servicePort));
    }

    /** Every plain value of the container's environment. */
    Map<String, Object> containerEnv() {
        Map<String, Object> env = new LinkedHashMap<>();
        maps(container().get("env")).stream().filter(variable -> variable.containsKey("value"))
                .forEach(variable -> env.put((String) variable.get("name"), variable.get("value")));
        return env;
    }

    /** Each secret-backed variable of the container, as secret/key. */
    Map<String, String> secretKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Map<String, Object> variable : maps(container().get("env"))) {
            if (variable.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                keys.put((String) variable.get("name"), ref.get("name") + "/" + ref.get("key"));
            }
        }
        return keys;
    }

    /** The selector's labels are all on the Deployment's pods, and the selector is not empty. */
    void assertSelectsPods(String selectorOf, Map<String, Object> selector) {
        Map<String, Object> labels = map(map(map(map(one("Deployment"), "spec"), "template"), "metadata"), "labels");
        Map<String, Object> matchLabels = map(selector, "matchLabels");
        assertThat(matchLabels).as(name + ": " + selectorOf + " selector").isNotEmpty();
        assertThat(labels).as(name + ": the pods' labels vs the " + selectorOf + " selector")
                .containsAllEntriesOf(matchLabels);
    }
}
