package com.medondoor.system.input;

import java.util.UUID;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bounds on request documents: nesting, string and body size. */
class JsonLimitsIntegrationTests extends IntegrationTest {

    @Test
    void modestNestingInAnIgnoredFieldIsAccepted() {
        register(nested(10), "x").expectStatus().isCreated();
    }

    @Test
    void nestingDeeperThanTheBoundIsRefused() {
        register(nested(40), "x").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void bodyOverTheSizeLimitIsRefused() {
        register("null", "x".repeat(300 * 1024)).expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec register(String extra, String padding) {
        String body = """
                {"name":"Nia","email":"%s@example.test","password":"correct horse battery","role":"USER",
                 "extra":%s,"padding":"%s"}""".formatted(UUID.randomUUID(), extra, padding);
        return http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }
}
