package com.medondoor.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own view of the live feed's delay: its {@code medondoor.live.fanout.lag} timer, from a
 * booking change's transaction to the replica handing the event to its open streams (the frame is then
 * queued on each connection, whose write the service does not time). Read before and after a level, so
 * that the mean is that level's; the maximum is the timer's recent one (its last two minutes or so).
 */
record ServiceLag(long count, double totalSeconds, double maxSeconds) {

    static final ServiceLag NONE = new ServiceLag(0, 0, Double.NaN);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ServiceLag read(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/actuator/metrics/medondoor.live.fanout.lag")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            return NONE;
        }
        long count = 0;
        double total = 0;
        double max = Double.NaN;
        for (JsonNode measurement : JSON.readTree(answer.body()).path("measurements")) {
            double value = measurement.path("value").asDouble();
            switch (measurement.path("statistic").asString()) {
                case "COUNT" -> count = (long) value;
                case "TOTAL_TIME" -> total = value;
                case "MAX" -> max = value;
                default -> {
                }
            }
        }
        return new ServiceLag(count, total, max);
    }

    /** The events handed out since {@code before}, their mean lag and the recent maximum, in milliseconds. */
    String since(ServiceLag before) {
        long events = count - before.count;
        if (events <= 0) {
            return "-";
        }
        return "%.1f / %.0f".formatted(1000 * (totalSeconds - before.totalSeconds) / events, 1000 * maxSeconds);
    }
}
