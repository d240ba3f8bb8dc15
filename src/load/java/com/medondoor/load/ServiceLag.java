package com.medondoor.load;

import java.io.IOException;
import java.util.Map;

/**
 * The service's own view of the live feed's delay: its {@code medondoor.live.fanout.lag} timer, from a
 * booking change's transaction to the replica handing the event to its open streams (the frame is then
 * queued on each connection, whose write the service does not time). Read before and after a level, so
 * that the mean is that level's; the maximum is the timer's recent one (its last two minutes or so).
 */
record ServiceLag(long count, double totalSeconds, double maxSeconds) {

    static ServiceLag read(String baseUrl) throws IOException, InterruptedException {
        Map<String, Double> lag = ServiceMemory.measurements(baseUrl, "medondoor.live.fanout.lag");
        return new ServiceLag(lag.getOrDefault("COUNT", 0.0).longValue(), lag.getOrDefault("TOTAL_TIME", 0.0),
                lag.getOrDefault("MAX", Double.NaN));
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
