package com.medondoor.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.medondoor.ServiceProcess;
import com.medondoor.load.LoadClient.Account;

/**
 * The load-test suite: starts the packaged service on a fresh database, measures its claims against a
 * bare stack in three shapes, measures the database's own ceiling for the claim, then runs the claim
 * storm, the live fan-out and the booking throughput scenarios, and writes their figures, plots and
 * reports. Exits non-zero if any run broke a rule that must always hold (one winner per booking, no
 * 5xx, no lost event). {@code ./mvnw -Pload -DskipWeb verify}.
 */
public final class LoadSuite {

    /** The service's connection pool, and so the concurrency of the pgbench baseline. */
    static final int POOL_SIZE = 20;
    /** A provider's capacity no storm reaches, the service's and the bare stack's. */
    static final int UNLIMITED_CAPACITY = Integer.MAX_VALUE;
    private static final int PATIENTS = 50;

    private LoadSuite() {
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        Files.createDirectories(settings.output());
        Machine machine = Machine.describe();
        System.out.println("Load suite on " + machine);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + settings.serviceHeap()));
        jvm.addAll(settings.serviceOptions());
        // Accounts are made by the thousand here: bcrypt's cost is not what these scenarios measure, and
        // a run outlasts the 15-minute default token. The claim storms measure the race for a booking, in
        // which every provider may win any number: no provider's capacity stops them. Only the capacity
        // storm's providers, of a type of their own, hold one visit at most (ClaimShape.CAPACITY).
        Map<String, String> service = Map.of(
                "SPRING_R2DBC_POOL_MAXSIZE", String.valueOf(POOL_SIZE),
                "MEDONDOOR_SECURITY_BCRYPTSTRENGTH", "4",
                "MEDONDOOR_JWT_ACCESSTOKENTTL", "4h",
                "MEDONDOOR_DUTY_CAPACITY_DOCTORCONSULTATION", String.valueOf(UNLIMITED_CAPACITY),
                "MEDONDOOR_DUTY_CAPACITY_NURSEVISIT", String.valueOf(UNLIMITED_CAPACITY),
                "MEDONDOOR_DUTY_CAPACITY_MEDICINEDELIVERY", String.valueOf(ClaimShape.CAPACITY.capacity()));
        List<String> violations = new ArrayList<>();
        try (ServiceProcess process = ServiceProcess.start(settings.output().resolve("service.log"), jvm, service);
                LoadClient client = new LoadClient(process.baseUrl())) {
            Scene scene = new Scene(process, client, client.accounts(PATIENTS, null), settings.output());
            List<Account> doctors = client.accounts(settings.providers(), ClaimStorm.SERVICE_TYPE);
            WarmUp.run(scene, doctors);
            ClaimShapes.Result claims = null;
            PgbenchBaseline.Result baseline = null;
            ClaimStorm.Result storm = null;
            List<LiveFanOut.Level> fanout = List.of();
            BookingThroughput.Result throughput = null;
            if (settings.runs("claims")) {
                claims = ClaimShapes.run(scene, settings);
                violations.addAll(claims.violations());
            }
            if (settings.runs("storm")) {
                baseline = PgbenchBaseline.run(scene, doctors, settings.bookings(), POOL_SIZE);
                storm = ClaimStorm.run(scene, doctors, settings.bookings());
                violations.addAll(storm.violations());
                System.out.printf("%nClaim throughput: %.0f attempts/s = %.0f%% of the pgbench ceiling (%.0f tps)%n",
                        storm.attempts().perSecond(), 100 * storm.attempts().perSecond() / baseline.tps(), baseline.tps());
            }
            if (settings.runs("fanout")) {
                fanout = LiveFanOut.run(scene, settings);
                for (LiveFanOut.Level level : fanout) {
                    if (level.failure() != null) {
                        violations.add("the fan-out at " + level.streams() + " streams failed: " + level.failure());
                    }
                    if (level.lostEvents() > 0) {
                        violations.add(level.lostEvents() + " events lost at " + level.streams() + " streams");
                    }
                }
            }
            if (settings.runs("bookings")) {
                throughput = BookingThroughput.run(scene, settings);
                throughput.levels().stream().filter(level -> level.serverErrors() > 0).forEach(level -> violations.add(
                        level.serverErrors() + " bookings answered 5xx at " + level.offered() + "/s"));
            }
            Path page = RunReport.write(machine, settings, claims, baseline, storm, fanout, throughput);
            System.out.println("\nReport: " + page.toAbsolutePath());
        }
        // Only once the service has stopped: exiting inside the try would leave it running.
        if (!violations.isEmpty()) {
            System.out.println("RULES BROKEN: " + violations.size());
            violations.stream().limit(20).forEach(violation -> System.out.println("  " + violation));
            System.exit(1);
        }
        System.exit(0);
    }
}
