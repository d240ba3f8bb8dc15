package com.medondoor.system.deploy;

import com.medondoor.Api;
import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The app's deep links load the app; the API's paths never do. */
class WebClientRoutingIntegrationTests extends IntegrationTest {

    @Test
    void deepLinksServeTheApp() {
        assumeTrue(new ClassPathResource("static/index.html").exists(), "the web client was built into the jar");
        for (String link : new String[] {"/", "/login", "/provider", "/bookings/3f1c1b0e-0000-4000-8000-000000000000"}) {
            http.get().uri(link).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).value(html -> assertThat(html).as("page served at " + link)
                            .contains("<div id=\"root\">"));
        }
    }

    @Test
    void unknownApiPathIsAProblemNotThePage() {
        Api.Account patient = api().patient();
        api().get("/api/nothing/here", patient)
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void missingAssetIsNotFoundNotThePage() {
        http.get().uri("/assets/missing-file.js").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
