package com.medondoor.auth;

import java.util.Map;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import com.medondoor.booking.ServiceType;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AuthIntegrationTests extends IntegrationTest {

    @Test
    void registerPatientThenCreatedWithoutPasswordHash() {
        http.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Ada", "email", "ada@example.test", "password", "longenough",
                        "role", "USER"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.email").isEqualTo("ada@example.test")
                .jsonPath("$.role").isEqualTo("USER")
                .jsonPath("$.password").doesNotExist()
                .jsonPath("$.passwordHash").doesNotExist();
    }

    @Test
    void meWhenProviderThenIncludesRatingSummary() {
        Api.Account provider = api().provider(ServiceType.NURSE_VISIT);
        api().get("/api/me", provider).expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(provider.id().toString())
                .jsonPath("$.serviceType").isEqualTo("NURSE_VISIT")
                .jsonPath("$.rating.count").isEqualTo(0);
    }

    @Test
    void logoutThenTokenRefused() {
        Api.Account patient = api().patient();
        api().post("/api/auth/logout", patient, null).expectStatus().isNoContent();
        api().get("/api/me", patient).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
