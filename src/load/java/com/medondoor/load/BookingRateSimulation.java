package com.medondoor.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One level of the booking throughput scenario: patients book at a constant offered rate (an open
 * model: arrivals do not wait for answers), each booking its own virtual user. Every answer's
 * latency is recorded in {@link BookingThroughput#latencies}.
 */
public class BookingRateSimulation extends Simulation {

    /** One record per patient: {@code token}. */
    static volatile List<Map<String, Object>> patients;
    static volatile String baseUrl;
    static volatile double rate;
    static volatile Duration duration;

    {
        HttpProtocolBuilder api = http.baseUrl(baseUrl).disableWarmUp().shareConnections()
                .acceptHeader("application/json").contentTypeHeader("application/json");
        ScenarioBuilder book = scenario("book")
                .feed(listFeeder(patients).circular())
                .exec(http("book").post("/api/bookings")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody(LoadClient.bookingBody(BookingThroughput.SERVICE_TYPE)))
                        .transformResponse((response, session) -> {
                            BookingThroughput.record(response.status().code(), response.startTimestamp(),
                                    response.endTimestamp());
                            return response;
                        })
                        .check(status().is(201)));
        setUp(book.injectOpen(constantUsersPerSec(rate).during(duration))).protocols(api);
    }
}
