package com.medondoor.system.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.medondoor.system.deploy.KubernetesManifests.map;
import static com.medondoor.system.deploy.KubernetesManifests.maps;
import static com.medondoor.system.deploy.KubernetesManifests.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps k8s/ honest without a cluster: every manifest parses and belongs to a kustomization, and each
 * overlay, resolved, holds the invariants the service relies on, checked against application.yml
 * (ports, probe paths, shutdown phase, pool size) rather than against copies of its values.
 */
class KubernetesManifestsTests {

    @Test
    void everyManifestParsesAndNamesItsKind() {
        assertThat(KubernetesManifests.files()).as("YAML files under k8s/").isNotEmpty();
        for (Path file : KubernetesManifests.files()) {
            for (Map<String, Object> document : KubernetesManifests.documents(file)) {
                assertThat(document).as(file + " document").containsKeys("apiVersion", "kind");
                if (!"Kustomization".equals(document.get("kind"))) {
                    assertThat(KubernetesManifests.name(document)).as(file + " metadata.name").isNotBlank();
                }
            }
        }
    }

    @Test
    void everyManifestIsNamedByAKustomization() {
        Set<Path> named = new HashSet<>();
        for (Path directory : List.of(Path.of("k8s/base"), Path.of("k8s/overlays/dev"), Path.of("k8s/overlays/prod"))) {
            Map<String, Object> kustomization = KubernetesManifests.kustomization(directory);
            named.add(directory.resolve("kustomization.yaml"));
            strings(kustomization.get("resources")).forEach(entry -> named.add(directory.resolve(entry).normalize()));
            maps(kustomization.get("patches")).forEach(patch -> named.add(directory.resolve((String) patch.get("path"))));
        }
        assertThat(KubernetesManifests.files()).as("manifests no kustomization applies (they would rot unseen)")
                .allSatisfy(file -> assertThat(named).contains(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesUseTheServicesOwnProbePaths(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(map(k8s.container(), probe), "httpGet");
            int port = k8s.containerPort(get.get("port"));
            String group = probe.equals("readinessProbe") ? "readiness" : "liveness";
            assertThat(get.get("path")).as(overlay + ": " + probe + " path on port " + port + ", one the service serves")
                    .isIn(k8s.settings().probePaths(group, port));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containerPortsAreTheServicesPorts(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        assertThat(k8s.containerPort("http")).as(overlay + ": container port http vs server.port")
                .isEqualTo(k8s.settings().serverPort());
        assertThat(k8s.containerPort("management")).as(overlay + ": container port management vs management.server.port")
                .isEqualTo(k8s.settings().managementPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containerRunsLockedDown(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, Object> security = map(k8s.container(), "securityContext");
        assertThat(security.get("runAsNonRoot") == Boolean.TRUE || map(k8s.pod(), "securityContext").get("runAsNonRoot") == Boolean.TRUE)
                .as(overlay + ": runAsNonRoot").isTrue();
        assertThat(security).as(overlay + ": container securityContext")
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(strings(map(security, "capabilities").get("drop"))).as(overlay + ": capabilities dropped").contains("ALL");
        String tmpVolume = maps(k8s.container().get("volumeMounts")).stream()
                .filter(mount -> "/tmp".equals(mount.get("mountPath"))).map(mount -> (String) mount.get("name"))
                .findFirst().orElse(null);
        assertThat(maps(k8s.pod().get("volumes"))).as(overlay + ": a writable emptyDir at /tmp under a read-only root")
                .anySatisfy(volume -> assertThat(volume).containsEntry("name", tmpVolume).containsKey("emptyDir"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void containerRequestsAndLimitsCpuAndMemory(String overlay) {
        Map<String, Object> resources = map(KubernetesOverlay.build(overlay).container(), "resources");
        for (String bound : List.of("requests", "limits")) {
            assertThat(map(resources, bound)).as(overlay + ": resources." + bound).containsKeys("cpu", "memory");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imageIsPinned(String overlay) {
        String image = (String) KubernetesOverlay.build(overlay).container().get("image");
        String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf(':') + 1);
        assertThat(image.lastIndexOf(':') > image.lastIndexOf('/') || image.contains("@"))
                .as(overlay + ": image " + image + " has a tag").isTrue();
        assertThat(tag).as(overlay + ": image tag of " + image).isNotEqualTo("latest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shutdownFitsInTheGracePeriod(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, Object> preStop = map(map(k8s.container(), "lifecycle"), "preStop");
        assertThat(preStop).as(overlay + ": preStop, so that endpoints drop the pod before it stops").isNotEmpty();
        Duration sleep = Duration.ofSeconds(((Number) map(preStop, "sleep").getOrDefault("seconds", 0)).longValue());
        Duration shutdown = k8s.settings().duration("spring.lifecycle.timeout-per-shutdown-phase");
        Duration grace = Duration.ofSeconds(((Number) k8s.pod().get("terminationGracePeriodSeconds")).longValue());
        assertThat(grace).as(overlay + ": terminationGracePeriodSeconds vs preStop sleep %s + shutdown phase %s",
                sleep, shutdown).isGreaterThan(sleep.plus(shutdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void replicasOutliveADisruption(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, Object> spec = map(k8s.one("Deployment"), "spec");
        assertThat((Integer) spec.get("replicas")).as(overlay + ": Deployment replicas").isGreaterThanOrEqualTo(2);
        Map<String, Object> hpa = map(k8s.one("HorizontalPodAutoscaler"), "spec");
        assertThat((Integer) hpa.get("minReplicas")).as(overlay + ": HPA minReplicas").isGreaterThanOrEqualTo(2);
        assertThat((Integer) hpa.get("maxReplicas")).as(overlay + ": HPA maxReplicas").isGreaterThanOrEqualTo((Integer) hpa.get("minReplicas"));
        assertThat(map(hpa, "scaleTargetRef")).as(overlay + ": HPA target")
                .containsEntry("kind", "Deployment").containsEntry("name", KubernetesManifests.name(k8s.one("Deployment")));
        k8s.assertSelectsPods("PodDisruptionBudget", map(map(k8s.one("PodDisruptionBudget"), "spec"), "selector"));
        k8s.assertSelectsPods("NetworkPolicy", map(map(k8s.one("NetworkPolicy"), "spec"), "podSelector"));
        k8s.assertSelectsPods("Service", new HashMap<>(Map.of("matchLabels", map(map(k8s.one("Service"), "spec"), "selector"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void ingressReachesOnlyTheServicePortAndKeepsStreamsOpen(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, Object> ingress = k8s.one("Ingress");
        for (Map<String, Object> rule : maps(map(ingress, "spec").get("rules"))) {
            for (Map<String, Object> path : maps(map(rule, "http").get("paths"))) {
                Map<String, Object> backend = map(map(path, "backend"), "service");
                assertThat(backend.get("name")).as(overlay + ": Ingress backend service")
                        .isEqualTo(KubernetesManifests.name(k8s.one("Service")));
                assertThat(k8s.servicePortTarget(map(backend, "port").get("name")))
                        .as(overlay + ": container port the Ingress reaches (never Actuator's)").isEqualTo("http");
            }
        }
        Map<String, Object> annotations = map(map(ingress, "metadata"), "annotations");
        long heartbeat = k8s.settings().duration("medondoor.live.heartbeat").toSeconds();
        assertThat(annotations).as(overlay + ": Ingress annotations for Server-Sent Events")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            assertThat(Long.parseLong((String) annotations.get("nginx.ingress.kubernetes.io/" + timeout)))
                    .as(overlay + ": " + timeout + " vs live heartbeat " + heartbeat + "s").isGreaterThan(4 * heartbeat);
        }
        Map<String, Object> policy = map(k8s.one("NetworkPolicy"), "spec");
        assertThat(strings(policy.get("policyTypes"))).as(overlay + ": NetworkPolicy types").contains("Ingress", "Egress");
        assertThat(maps(policy.get("ingress")).stream().flatMap(from -> maps(from.get("ports")).stream()).map(port -> port.get("port")))
                .as(overlay + ": ports the NetworkPolicy opens").containsExactlyInAnyOrder("http", "management");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void prometheusScrapesTheManagementPort(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, Object> monitor = map(k8s.one("ServiceMonitor"), "spec");
        assertThat(map(map(k8s.one("Service"), "metadata"), "labels")).as(overlay + ": Service labels vs ServiceMonitor selector")
                .containsAllEntriesOf(map(map(monitor, "selector"), "matchLabels"));
        Map<String, Object> endpoint = maps(monitor.get("endpoints")).get(0);
        assertThat(k8s.servicePortTarget(endpoint.get("port"))).as(overlay + ": container port scraped").isEqualTo("management");
        assertThat(endpoint.get("path")).as(overlay + ": scrape path").isEqualTo(k8s.settings().actuatorBasePath() + "/prometheus");
        assertThat(k8s.settings().get("management.endpoints.web.exposure.include")).as(overlay + ": exposed endpoints")
                .contains("prometheus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void databaseIsTheOperatorsClusterWithRoomForEveryReplica(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, Object> cluster = k8s.one("Cluster");
        String name = KubernetesManifests.name(cluster);
        Map<String, Object> env = k8s.containerEnv();
        assertThat(env.get("SPRING_R2DBC_URL")).as(overlay + ": R2DBC URL").isEqualTo("r2dbc:postgresql://$(DB_HOST):$(DB_PORT)/$(DB_NAME)");
        assertThat(env.get("SPRING_FLYWAY_URL")).as(overlay + ": Flyway URL").isEqualTo("jdbc:postgresql://$(DB_HOST):$(DB_PORT)/$(DB_NAME)");
        k8s.secretKeys().forEach((variable, ref) -> assertThat(ref).as(overlay + ": secret of " + variable)
                .isIn(Set.of(name + "-app/username", name + "-app/password", name + "-app/host", name + "-app/port",
                        name + "-app/dbname", "medondoor-jwt/private-key", "medondoor-jwt/previous-public-keys",
                        "medondoor-admin/email", "medondoor-admin/password", "medondoor-admin/password-hash")));
        assertThat((Integer) map(cluster, "spec").get("instances")).as(overlay + ": PostgreSQL instances")
                .isEqualTo(overlay.equals("prod") ? 3 : 1);
        int connectionsPerReplica = Integer.parseInt(k8s.settings().get("spring.r2dbc.pool.max-size")) + 2;
        int pods = (Integer) map(k8s.one("HorizontalPodAutoscaler"), "spec").get("maxReplicas")
                + (Integer) map(map(map(k8s.one("Deployment"), "spec"), "strategy"), "rollingUpdate").get("maxSurge");
        int maxConnections = Integer.parseInt((String) map(map(map(cluster, "spec"), "postgresql"), "parameters").get("max_connections"));
        assertThat(maxConnections).as(overlay + ": max_connections vs %d pods x %d connections, plus 10 spare", pods, connectionsPerReplica)
                .isGreaterThanOrEqualTo(pods * connectionsPerReplica + 10);
    }

    /**
     * The first administrator comes from the Secret medondoor-admin, each key optional (a cluster without
     * it starts without an administrator), into the variables the service binds to medondoor.admin.*.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void firstAdministratorComesFromAnOptionalSecret(String overlay) {
        KubernetesOverlay k8s = KubernetesOverlay.build(overlay);
        Map<String, String> admin = new HashMap<>();
        for (Map<String, Object> variable : maps(k8s.container().get("env"))) {
            if (variable.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref
                    && "medondoor-admin".equals(ref.get("name"))) {
                assertThat(ref.get("optional")).as(overlay + ": " + variable.get("name") + " is optional").isEqualTo(true);
                admin.put((String) variable.get("name"), (String) ref.get("key"));
            }
        }
        assertThat(admin).as(overlay + ": the first administrator's variables and their keys").isEqualTo(Map.of(
                "MEDONDOOR_ADMIN_EMAIL", "email", "MEDONDOOR_ADMIN_PASSWORD", "password",
                "MEDONDOOR_ADMIN_PASSWORDHASH", "password-hash"));
    }

    @Test
    void prodLogsJsonBehindTls() {
        KubernetesOverlay prod = KubernetesOverlay.build("prod");
        assertThat(prod.settings().get("logging.structured.format.console")).as("prod: structured console log format")
                .isIn("ecs", "logstash", "gelf");
        assertThat(maps(map(prod.one("Ingress"), "spec").get("tls"))).as("prod: Ingress TLS").isNotEmpty();
        assertThat(prod.resources()).as("prod: every resource in the overlay's namespace")
                .allSatisfy(resource -> assertThat(map(resource, "metadata")).containsKey("namespace"));
    }
}
