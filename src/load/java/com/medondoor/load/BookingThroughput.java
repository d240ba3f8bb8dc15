package com.medondoor.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import com.medondoor.load.LoadClient.Account;

/**
 * Scenario 3: patients book at increasing offered rates, one Gatling run per rate, until latency
 * bends. The knee is the highest rate that was still served: at least 95% of the offered rate
 * answered, every answer a 201, and p95 within three times that of the lowest rate. Two levels
 * past the knee the scenario stops.
 */
final class BookingThroughput {

    static final String SERVICE_TYPE = "MEDICINE_DELIVERY";
    private static final int LEVELS_PAST_KNEE = 2;
    private static final Latencies latencies = new Latencies();
    private static final LongAdder failures = new LongAdder();
    private static final LongAdder serverErrors = new LongAdder();

    /** One offered rate's figures. */
    record Level(int offered, Latencies.Summary answers, long failures, long serverErrors, CpuTime cpu, Path report) {

        boolean served(double baselineP95) {
            return failures == 0 && answers.perSecond() >= 0.95 * offered && answers.p95() <= 3 * baselineP95;
        }
    }

    /** All levels, and the knee (0 if even the lowest rate was not served). */
    record Result(List<Level> levels, int knee) {
    }

    private BookingThroughput() {
    }

    static void record(int status, long start, long end) {
        latencies.record(start, end);
        if (status != 201) {
            failures.increment();
        }
        if (status >= 500) {
            serverErrors.increment();
        }
    }

    static Result run(Scene scene, LoadSettings settings) throws Exception {
        BookingRateSimulation.baseUrl = scene.service().baseUrl();
        BookingRateSimulation.patients = scene.patients().stream()
                .map(Account::token).map(token -> Map.<String, Object>of("token", token)).toList();
        BookingRateSimulation.duration = Duration.ofSeconds(settings.levelSeconds());
        List<Level> levels = new ArrayList<>();
        int knee = 0;
        int pastKnee = 0;
        for (int rate : settings.bookingRates()) {
            Level level = level(scene, rate);
            levels.add(level);
            double baselineP95 = levels.get(0).answers().p95();
            if (level.served(baselineP95) && pastKnee == 0) {
                knee = rate;
            }
            else if (++pastKnee >= LEVELS_PAST_KNEE) {
                break;
            }
        }
        boolean bent = knee != levels.get(levels.size() - 1).offered();
        System.out.printf(bent ? "%nBooking throughput: the knee is at %d bookings/s offered%n"
                : "%nBooking throughput: no knee up to %d bookings/s offered, the highest rate tried%n", knee);
        return new Result(levels, knee);
    }

    private static Level level(Scene scene, int rate) throws Exception {
        latencies.clear();
        failures.reset();
        serverErrors.reset();
        BookingRateSimulation.rate = rate;
        CpuTime before = CpuTime.sample(scene.service().pid());
        Path report = GatlingRun.run(BookingRateSimulation.class, scene.output());
        Level level = new Level(rate, latencies.summary(), failures.sum(), serverErrors.sum(),
                CpuTime.sample(scene.service().pid()).since(before), report);
        System.out.printf("Bookings at %d/s offered: %.0f/s answered, %d not 201 (%d 5xx), ms: %s%n", rate,
                level.answers().perSecond(), level.failures(), level.serverErrors(), Report.percentiles(level.answers()));
        return level;
    }
}
