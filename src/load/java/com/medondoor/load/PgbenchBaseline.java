package com.medondoor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.medondoor.TestDatabase;
import com.medondoor.load.LoadClient.Account;

/**
 * Scenario 4, the baseline: the database's own ceiling for the claim. pgbench sends the service's
 * claim statement (the conditional UPDATE and its event INSERT, taken from {@code JobRepository} so
 * the two cannot drift) for random pairs of B fresh bookings and P providers, B x P times, over as
 * many connections as the service's pool has: the concurrency those statements see in the service.
 */
final class PgbenchBaseline {

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");

    record Result(int clients, long transactions, double tps, double latencyAverageMillis) {
    }

    private PgbenchBaseline() {
    }

    static Result run(Scene scene, List<Account> providers, int bookings, int clients) throws Exception {
        try (Connection db = scene.database()) {
            prepare(db, providers, scene.patients().get(0), bookings);
        }
        Path script = scene.output().resolve("pgbench-claim.sql");
        Files.writeString(script, "\\set b random(1, " + bookings + ")\n\\set p random(1, " + providers.size() + ")\n"
                + claimStatement() + ";\n");
        long transactions = (long) bookings * providers.size();
        TestDatabase.Server server = TestDatabase.server();
        List<String> command = new ArrayList<>(List.of(pgbench(), "--no-vacuum", "--protocol=prepared",
                "--client=" + clients, "--jobs=2", "--transactions=" + transactions / clients,
                "--file=" + script, "--host=" + server.host(), "--port=" + server.port(),
                "--username=" + server.user(), scene.service().database()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", server.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Files.writeString(scene.output().resolve("pgbench.log"), String.join(" ", command) + "\n" + output);
        Result result = new Result(clients, transactions / clients * clients, number(TPS, output), number(LATENCY, output));
        System.out.printf("%npgbench baseline: the claim statement, %d clients, %d transactions: %.0f tps, "
                + "latency average %.2f ms%n", result.clients(), result.transactions(), result.tps(),
                result.latencyAverageMillis());
        return result;
    }

    /** B pending bookings of the storm's type, and both sides numbered so that pgbench can pick them. */
    private static void prepare(Connection db, List<Account> providers, Account patient, int bookings) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE pgbench_providers (n int PRIMARY KEY, id uuid NOT NULL)");
            statement.execute("""
                    CREATE TABLE pgbench_bookings AS
                    SELECT n, gen_random_uuid() AS id FROM generate_series(1, %d) AS n
                    """.formatted(bookings));
            statement.execute("ALTER TABLE pgbench_bookings ADD PRIMARY KEY (n)");
            statement.execute("""
                    INSERT INTO bookings (id, patient_id, service_type, address)
                    SELECT id, '%s', '%s', 'pgbench baseline' FROM pgbench_bookings
                    """.formatted(patient.id(), ClaimStorm.SERVICE_TYPE));
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO pgbench_providers VALUES (?, ?)")) {
            for (int i = 0; i < providers.size(); i++) {
                insert.setInt(1, i + 1);
                insert.setObject(2, providers.get(i).id());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** JobRepository's claim, with its binds read from the numbered tables. */
    static String claimStatement() {
        return ClaimStatements.claim().replaceAll(":actor\\b", "(SELECT id FROM pgbench_providers WHERE n = :p)")
                .replaceAll(":id\\b", "(SELECT id FROM pgbench_bookings WHERE n = :b)")
                .strip().replace("\n", " ");
    }

    private static String pgbench() throws IOException {
        for (String folder : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(folder, "pgbench"))) {
                return Path.of(folder, "pgbench").toString();
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin/pgbench")).filter(Files::isExecutable)
                    .map(Path::toString).findFirst()
                    .orElseThrow(() -> new IllegalStateException("pgbench not found: apt-get install postgresql-client"));
        }
        catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("pgbench not found: apt-get install postgresql-client");
        }
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no " + pattern + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
