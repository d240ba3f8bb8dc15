package com.medondoor.system;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.medondoor.Api;
import com.medondoor.booking.ServiceType;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registers and signs in users on a replica of the test's own (what {@link Api} does for the main one). */
final class Accounts {

    private final WebTestClient http;

    Accounts(WebTestClient http) {
        this.http = http;
    }

    Api.Account patient() {
        return register("USER", null);
    }

    Api.Account provider(ServiceType serviceType) {
        return register("PROVIDER", serviceType);
    }

    private Api.Account register(String role, ServiceType serviceType) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
        Map<String, Object> body = new HashMap<>(Map.of("name", role + " " + email.substring(0, 12), "email", email,
                "password", "correct horse battery", "role", role));
        if (serviceType != null) {
            body.put("serviceType", serviceType.name());
        }
        http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated();
        Map<?, ?> login = http.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", "correct horse battery"))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> user = (Map<?, ?>) login.get("user");
        return new Api.Account(UUID.fromString((String) user.get("id")), (String) user.get("name"), email,
                (String) login.get("accessToken"));
    }
}
