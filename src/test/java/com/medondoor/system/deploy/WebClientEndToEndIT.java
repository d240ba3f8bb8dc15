package com.medondoor.system.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.medondoor.Api;
import com.medondoor.ServiceProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web client's end-to-end tests ({@code web-client/e2e}, run by {@code npm run e2e}) in Debian's
 * Chromium against the packaged jar on a fresh database: the live booking flow across two providers
 * and a patient, the route guards, sessions and going offline, axe-core on every page, a keyboard-only
 * visit. Screenshots of every page, at a phone's size and a desktop's, go to target/e2e-screenshots.
 */
class WebClientEndToEndIT {

    private static final Path WEB_CLIENT = Path.of("web-client");

    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();

    private static final List<String> PAGES = List.of("login", "register", "patient-bookings", "booking-form-filled",
            "provider-dashboard-with-job", "provider-dashboard-phone", "provider-after-accept",
            "patient-after-completion-and-rating", "provider-rating", "provider-awaiting-verification", "admin-providers",
            "provider-suspended", "admin-waiting", "patient-booking-timeline", "patient-looking-for-another-provider",
            "provider-visit-cancelled");

    /** The pages screenshots.test.js visits, each kept at a phone's size and a desktop's. */
    private static final List<String> TOUR = List.of("landing", "login", "register", "register-errors", "not-found",
            "patient-bookings", "patient-offline", "patient-booking-form", "patient-cancel-dialog", "patient-booking-page",
            "patient-rating-form", "provider-awaiting-verification-page", "provider-rejected-page", "provider-board",
            "provider-give-back-dialog", "provider-complete", "admin-providers", "admin-decision-dialog", "admin-waiting",
            "admin-overdue", "admin-bookings", "admin-audit", "admin-admins");

    // About three minutes here; machines of this kind have run suites 2.4 times slower, and a hung browser should still end the build.
    private static final long TIME_LIMIT_MINUTES = 15;

    @Test
    void liveBookingFlowAndRouteGuardsPassInChromium() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("%s is needed for the end-to-end tests: `.ci/run` installs Debian's chromium with apt-get", chromium)
                .isTrue();
        assertThat(jarHasWebClient()).as("the jar serves the web client (it was not built with -DskipWeb)").isTrue();
        deleteRecursively(SCREENSHOTS);

        // admin-bookings.test.js waits seconds, not half an hour, for a booking to wait too long, and
        // sessions.test.js a minute and a half, not a quarter of an hour, for tabs to renew their tokens.
        try (ServiceProcess service = ServiceProcess.start(Path.of("target", "web-client-e2e-it.log"), List.of(),
                Map.of("MEDONDOOR_BOOKINGS_WAITINGTOOLONG", "2s", "MEDONDOOR_JWT_ACCESSTOKENTTL", "90s"))) {
            ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e").directory(WEB_CLIENT.toFile())
                    .redirectErrorStream(true);
            npm.environment().put("BASE_URL", service.baseUrl());
            npm.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toString());
            npm.environment().put("CHROMIUM_PATH", chromium.toString());
            // The administrator ServiceProcess starts the jar with: the tests approve providers as it.
            npm.environment().put("ADMIN_EMAIL", Api.ADMIN_EMAIL);
            npm.environment().put("ADMIN_PASSWORD", Api.PASSWORD);
            Process e2e = npm.start();
            // Printed line by line through System.out: a child writing straight to this JVM's stdout
            // would garble the channel the forked test JVM shares with Maven.
            Thread printer = new Thread(() -> print(e2e), "e2e-output");
            printer.setDaemon(true);
            printer.start();
            boolean finished = e2e.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                e2e.descendants().forEach(ProcessHandle::destroyForcibly);
                e2e.destroyForcibly();
            }
            printer.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(finished).as("`npm run e2e` finished within %d minutes", TIME_LIMIT_MINUTES).isTrue();
            assertThat(e2e.exitValue()).as("exit code of `npm run e2e` (its output is above)").isZero();
        }
        List<String> tour = TOUR.stream().flatMap(page -> Stream.of(page + "-phone", page + "-desktop")).toList();
        for (String page : Stream.concat(PAGES.stream(), tour.stream()).toList()) {
            Path screenshot = SCREENSHOTS.resolve(page + ".png");
            assertThat(Files.exists(screenshot) && Files.size(screenshot) > 0)
                    .as("screenshot %s written", screenshot).isTrue();
        }
    }

    private static void print(Process process) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> System.out.println("[e2e] " + line));
        }
        catch (IOException e) {
            System.out.println("[e2e] output unreadable: " + e);
        }
    }

    private static boolean jarHasWebClient() throws IOException {
        try (JarFile jar = new JarFile(ServiceProcess.jar().toFile())) {
            return jar.getEntry("BOOT-INF/classes/static/index.html") != null;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
