package com.medondoor.load;

import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The claim storm: every provider, all at once, tries to claim every pending booking in its own
 * random order. A 200 is OK and a 409 is KO, so Gatling's report splits the latencies of wins and
 * conflicts; every answer's status is also counted in {@link ClaimStorm#outcomes}.
 */
public class ClaimStormSimulation extends Simulation {

    /** One record per provider: {@code token}, {@code provider} (its id) and {@code bookings} (shuffled). */
    static volatile List<Map<String, Object>> providers;
    static volatile String baseUrl;

    {
        HttpProtocolBuilder api = http.baseUrl(baseUrl).disableWarmUp().acceptHeader("application/json");
        ScenarioBuilder storm = scenario("claim storm")
                .feed(listFeeder(providers))
                .exec(foreach("#{bookings}", "booking").on(
                        http("claim").post("/api/jobs/#{booking}/claim")
                                .header("Authorization", "Bearer #{token}")
                                .transformResponse((response, session) -> {
                                    ClaimStorm.outcomes.record(session.getString("booking"),
                                            session.getString("provider"), response.status().code(),
                                            response.startTimestamp(), response.endTimestamp());
                                    return response;
                                })
                                .check(status().is(200))));
        setUp(storm.injectOpen(atOnceUsers(providers.size()))).protocols(api);
    }
}
