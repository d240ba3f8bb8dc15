package com.medondoor.system.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.medondoor.Api;
import com.medondoor.ServiceProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar given SIGTERM with a live stream open: the stream ends with a retry hint and the
 * process exits well within its grace period (20 s), instead of holding it for the open stream.
 */
class GracefulShutdownIT {

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void sigtermEndsOpenStreamsWithRetryHintAndExitsWithinGracePeriod() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("graceful-shutdown-it.log");
        try (ServiceProcess service = ServiceProcess.start(log)) {
            String token = provider(service);
            HttpRequest stream = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/jobs/stream"))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
            HttpResponse<java.util.stream.Stream<String>> response =
                    client.send(stream, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).as("status of the job stream").isEqualTo(200);
            CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> response.body().toList());

            long start = System.nanoTime();
            boolean exited = service.terminate(Duration.ofSeconds(20));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(exited).as("the jar exited within its 20 s grace period after SIGTERM").isTrue();
            assertThat(took).as("time from SIGTERM to exit, with a stream open").isLessThan(Duration.ofSeconds(10));
            // The last event: the retry hint (medondoor.live.retry, 3 s) and the comment "shutdown".
            assertThat(String.join("\n", lines.get(5, TimeUnit.SECONDS)).strip()).as("the stream, which ended")
                    .endsWith("retry:3000\n:shutdown");
        }
    }

    /** A nurse the jar's test administrator has approved, so that the job stream opens for them. */
    private String provider(ServiceProcess service) throws Exception {
        String email = "nurse-" + UUID.randomUUID() + "@example.test";
        Matcher id = ID.matcher(post(service, "/api/auth/register", null, """
                {"name":"Nurse","email":"%s","password":"%s","role":"PROVIDER","serviceType":"NURSE_VISIT",
                 "professional":{"licenceNumber":"RCN 1"}}
                """.formatted(email, Api.PASSWORD)));
        assertThat(id.find()).as("id in the registration's answer").isTrue();
        post(service, "/api/admin/providers/" + id.group(1) + "/approve", token(service, Api.ADMIN_EMAIL),
                "{\"reason\":\"Licence checked\"}");
        return token(service, email);
    }

    private String token(ServiceProcess service, String email) throws Exception {
        Matcher token = TOKEN.matcher(post(service, "/api/auth/login", null, """
                {"email":"%s","password":"%s"}
                """.formatted(email, Api.PASSWORD)));
        assertThat(token.find()).as("access token in the login answer").isTrue();
        return token.group(1);
    }

    private String post(ServiceProcess service, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("status of POST " + path).isBetween(200, 299);
        return answer.body();
    }
}
