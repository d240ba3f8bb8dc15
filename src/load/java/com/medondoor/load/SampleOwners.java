package com.medondoor.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedFrame;

/**
 * Which library an execution sample's time belongs to: the first frame from the top of its stack that is
 * not the JDK's (a HashMap lookup counts for whoever made it), sorted by package into the layers a
 * request crosses. A flat profile, where no method stands out, still shows which layer costs what.
 */
final class SampleOwners {

    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("com.medondoor.", "this service's code");
        LAYERS.put("org.springframework.security.", "Spring Security");
        LAYERS.put("org.springframework.r2dbc.", "Spring R2DBC (DatabaseClient)");
        LAYERS.put("org.springframework.data.", "Spring R2DBC (DatabaseClient)");
        LAYERS.put("org.springframework.boot.", "Spring Boot (actuator, observation)");
        LAYERS.put("org.springframework.", "Spring WebFlux and core");
        LAYERS.put("io.micrometer.", "Micrometer");
        LAYERS.put("io.r2dbc.postgresql.", "r2dbc-postgresql");
        LAYERS.put("io.r2dbc.pool.", "r2dbc-pool");
        LAYERS.put("reactor.pool.", "r2dbc-pool");
        LAYERS.put("reactor.netty.", "Reactor Netty");
        LAYERS.put("reactor.", "Reactor");
        LAYERS.put("io.netty.", "Netty");
        LAYERS.put("tools.jackson.", "Jackson");
        LAYERS.put("com.nimbusds.", "Nimbus JOSE (tokens)");
        LAYERS.put("ch.qos.logback.", "logging");
        LAYERS.put("org.slf4j.", "logging");
    }

    private SampleOwners() {
    }

    static String of(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
                continue;
            }
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (type.startsWith(layer.getKey())) {
                    return layer.getValue();
                }
            }
            return "other";
        }
        return "the JDK alone (GC, compiler, I/O)";
    }
}
