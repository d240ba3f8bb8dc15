package com.medondoor.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's memory as the operating system and its own metrics see it, after a full GC. */
record ServiceMemory(double heapMegabytes, double residentMegabytes) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ServiceMemory measure(long pid, String baseUrl) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        return new ServiceMemory(gauge(baseUrl, "jvm.memory.used?tag=area:heap") / 1e6, resident(pid) / 1e6);
    }

    /** A gauge from the service's /actuator/metrics; NaN if it has none. */
    static double gauge(String baseUrl, String metric) throws IOException, InterruptedException {
        return measurements(baseUrl, metric).values().stream().findFirst().orElse(Double.NaN);
    }

    /** A metric's measurements from the service's /actuator/metrics, by statistic, in its order; none if it has none. */
    static Map<String, Double> measurements(String baseUrl, String metric) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/metrics/" + metric))
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> measurements = new LinkedHashMap<>();
        if (answer.statusCode() == 200) {
            for (JsonNode measurement : JSON.readTree(answer.body()).path("measurements")) {
                JsonNode value = measurement.path("value");
                measurements.put(measurement.path("statistic").asString(), value.isNumber() ? value.asDouble() : Double.NaN);
            }
        }
        return measurements;
    }

    private static double resident(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024.0).orElse(Double.NaN);
    }
}
