package com.medondoor.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a load run does, from {@code -Dload.*} system properties (the pom's {@code load} profile passes
 * its defaults and whatever is given on the command line).
 *
 * @param bookings pending bookings in the claim storm
 * @param providers providers each trying to claim every one of them
 * @param streams open job streams of each fan-out level, in turn
 * @param fanoutClaims bookings created and claimed at each fan-out level
 * @param fanoutRate those claims per second
 * @param streamReaders the load generator's threads reading every stream: one leaves the second core to
 *        the service, but at 10,000 streams its queue is part of the latencies measured
 * @param bookingRates offered booking rates (per second) of the throughput levels
 * @param levelSeconds how long each throughput level lasts
 * @param serviceHeap the service's {@code -Xmx}
 * @param serviceOptions more JVM options of the service, space-separated (a profiler, say)
 * @param claimShapes the shapes of the claims scenario, each against the service and the bare stack
 * @param claimProviders providers in the claims scenario, and so claims of each booking in its storms
 * @param claimSeconds how long wrk measures each shape against each target
 * @param claimConnections wrk's connections, all busy all the time (a closed loop)
 * @param claimWarmup requests sent to each target in each shape before it is measured
 * @param profile whether to record the service with JFR during the hot storm
 * @param scenarios which scenarios run: {@code claims}, {@code storm}, {@code fanout}, {@code bookings}
 * @param site the Maven site folder that performance.md and its plots live in
 * @param output where reports and logs go
 */
record LoadSettings(int bookings, int providers, List<Integer> streams, int fanoutClaims, double fanoutRate,
        int streamReaders, List<Integer> bookingRates, int levelSeconds, String serviceHeap, List<String> serviceOptions,
        List<ClaimShape> claimShapes, int claimProviders, int claimSeconds, int claimConnections, int claimWarmup,
        boolean profile, List<String> scenarios, Path site, Path output) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Integer.parseInt(property("load.bookings", "500")),
                Integer.parseInt(property("load.providers", "200")),
                integers(property("load.streams", "1000,5000,10000")),
                Integer.parseInt(property("load.fanout-claims", "60")),
                Double.parseDouble(property("load.fanout-rate", "1")),
                Integer.parseInt(property("load.stream-readers", "1")),
                integers(property("load.booking-rates", "100,200,400,800,1200,1600,2000,2400,2800,3200,4000,5000")),
                Integer.parseInt(property("load.level-seconds", "15")),
                property("load.service-heap", "512m"),
                words(property("load.service-options", "")),
                words(property("load.claim-shapes", "hot random fresh capacity").replace(',', ' ')).stream()
                        .map(shape -> ClaimShape.valueOf(shape.toUpperCase())).toList(),
                Integer.parseInt(property("load.claim-providers", "50")),
                Integer.parseInt(property("load.claim-seconds", "20")),
                Integer.parseInt(property("load.claim-connections", "64")),
                Integer.parseInt(property("load.claim-warmup", "40000")),
                Boolean.parseBoolean(property("load.profile", "false")),
                words(property("load.scenarios", "claims storm fanout bookings").replace(',', ' ')),
                Path.of(property("load.site", "src/site")),
                Path.of(property("load.output", "target/load")));
    }

    int mostStreams() {
        return streams.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
