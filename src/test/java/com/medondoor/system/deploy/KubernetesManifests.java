package com.medondoor.system.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The YAML under {@code k8s/}, and what {@code kubectl apply -k} would make of a directory, resolved
 * the simple way (no kustomize here): its resources (files, or directories with their own
 * kustomization), its patches merged into the resource of the same kind and name (maps merged, lists
 * of named items merged by name, other lists replaced), its images and its namespace. A file named
 * but missing, or a patch that matches no resource, fails the calling test.
 */
final class KubernetesManifests {

    static final Path ROOT = Path.of("k8s");

    private KubernetesManifests() {
    }

    /** Every file under k8s/ whose name ends in .yaml or .yml. */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a file; a file that is not YAML fails with its name. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(Path file) {
        assertThat(file).as("file named in a kustomization").isRegularFile();
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    assertThat(document).as("a document of " + file).isInstanceOf(Map.class);
                    documents.add((Map<String, Object>) document);
                }
            }
            return documents;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (RuntimeException e) {
            return fail(file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The resources a kustomization directory produces. */
    static List<Map<String, Object>> build(Path directory) {
        Map<String, Object> kustomization = kustomization(directory);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String entry : strings(kustomization.get("resources"))) {
            Path named = directory.resolve(entry).normalize();
            resources.addAll(Files.isDirectory(named) ? build(named) : documents(named));
        }
        for (Map<String, Object> patch : maps(kustomization.get("patches"))) {
            for (Map<String, Object> document : documents(directory.resolve((String) patch.get("path")))) {
                Map<String, Object> target = resources.stream()
                        .filter(resource -> sameResource(resource, document)).findFirst()
                        .orElseGet(() -> fail("The patch " + patch.get("path") + " in " + directory + " matches no "
                                + document.get("kind") + " named " + name(document)));
                merge(target, document);
            }
        }
        for (Map<String, Object> image : maps(kustomization.get("images"))) {
            resources.forEach(resource -> retag(resource, image));
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            resources.forEach(resource -> map(resource, "metadata").put("namespace", namespace));
        }
        return resources;
    }

    static Map<String, Object> kustomization(Path directory) {
        List<Map<String, Object>> documents = documents(directory.resolve("kustomization.yaml"));
        assertThat(documents).as(directory + "/kustomization.yaml documents").hasSize(1);
        return documents.get(0);
    }

    static String name(Map<String, Object> resource) {
        return (String) map(resource, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, absent -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    private static boolean sameResource(Map<String, Object> resource, Map<String, Object> patch) {
        return Objects.equals(resource.get("kind"), patch.get("kind")) && Objects.equals(name(resource), name(patch));
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (current instanceof Map && value instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value);
            }
            else if (current instanceof List<?> list && value instanceof List<?> items && named(list) && named(items)) {
                for (Map<String, Object> item : maps(items)) {
                    maps(list).stream().filter(existing -> Objects.equals(existing.get("name"), item.get("name")))
                            .findFirst().ifPresentOrElse(existing -> merge(existing, item),
                                    () -> ((List<Object>) list).add(item));
                }
            }
            else {
                target.put(key, value);
            }
        });
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.containsKey("name"));
    }

    private static void retag(Map<String, Object> resource, Map<String, Object> image) {
        if (!"Deployment".equals(resource.get("kind"))) {
            return;
        }
        Map<String, Object> pod = map(map(map(resource, "spec"), "template"), "spec");
        for (Map<String, Object> container : maps(pod.get("containers"))) {
            String current = (String) container.get("image");
            String currentName = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
            if (currentName.equals(image.get("name"))) {
                String newName = (String) image.getOrDefault("newName", currentName);
                Object newTag = image.get("newTag");
                container.put("image", newTag == null ? newName + current.substring(currentName.length())
                        : newName + ":" + newTag);
            }
        }
    }
}
