package com.medondoor.live;

import com.medondoor.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The live feed's figures are readable through Actuator without a token. */
class LiveMetricsIntegrationTests extends IntegrationTest {

    @Test
    void liveMetricsAreExposedThroughActuator() {
        for (String metric : new String[] {"medondoor.live.streams", "medondoor.live.events.fanned.out",
                "medondoor.live.listener.reconnects", "medondoor.live.listener.connected"}) {
            http.get().uri("/actuator/metrics/" + metric).accept(MediaType.APPLICATION_JSON).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.name").isEqualTo(metric)
                    .jsonPath("$.measurements[0].value").isNumber();
        }
    }

    @Test
    void otherActuatorEndpointsStayClosedToAnonymousCallers() {
        http.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
