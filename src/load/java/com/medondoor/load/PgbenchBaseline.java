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
 * The baseline: the database's own ceiling for the claim. pgbench sends the service's claim statement
 * (the conditional UPDATE and its event INSERT, taken from {@code ClaimStatement} so the two cannot
 * drift), over as many connections as the service's pool has: the concurrency those statements see in
 * the service. Two shapes: random pairs of B fresh bookings and P providers, B x P times (beside the
 * Gatling storm), and the hot storm of the claims scenario (P providers claim booking 1 together, then
 * booking 2, …: each client's n-th claim is attempt n x clients + client of the sequence).
 */
final class PgbenchBaseline {

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");

    /** pgbench's figures, and the CPU of PostgreSQL and of pgbench itself (as the load generator's). */
    record Result(String shape, int clients, long transactions, double tps, double latencyAverageMillis, CpuTime cpu) {
    }

    private PgbenchBaseline() {
    }

    /** Random pairs of {@code bookings} bookings and the providers, bookings x providers times. */
    static Result run(Scene scene, List<Account> providers, int bookings, int clients) throws Exception {
        String script = "\\set b random(1, " + bookings + ")\n\\set p random(1, " + providers.size() + ")\n";
        return run(scene, "random", "pgbench", providers, bookings, script, (long) bookings * providers.size(), clients);
    }

    /** The hot storm: every provider claims one booking, then the next; {@code transactions} in all. */
    static Result hot(Scene scene, List<Account> providers, long transactions, int clients) throws Exception {
        int count = providers.size();
        String script = """
                \\set n :n + 1
                \\set a (:n - 1) * %d + :client_id
                \\set b :a / %d + 1
                \\set p :a %% %d + 1
                """.formatted(clients, count, count);
        return run(scene, "hot", "pgbench_hot", providers, (int) (transactions / count + clients), script, transactions, clients);
    }

    private static Result run(Scene scene, String shape, String tables, List<Account> providers, int bookings,
            String picks, long transactions, int clients) throws Exception {
        try (Connection db = scene.database()) {
            prepare(db, tables, providers, scene.patients().get(0), bookings);
        }
        Path script = scene.output().resolve(tables + "-claim.sql");
        Files.writeString(script, picks + claimStatement(tables) + ";\n");
        TestDatabase.Server server = TestDatabase.server();
        List<String> command = new ArrayList<>(List.of(pgbench(), "--no-vacuum", "--protocol=prepared",
                "--client=" + clients, "--jobs=2", "--transactions=" + transactions / clients, "--define=n=0",
                "--file=" + script, "--host=" + server.host(), "--port=" + server.port(),
                "--username=" + server.user(), scene.service().database()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", server.password());
        // pgbench's backends exit with it, so PostgreSQL's CPU comes from a watch rather than from two samples.
        PostgresCpu postgres = PostgresCpu.watch();
        CpuTime before = CpuTime.sample(scene.service().pid());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        CpuTime cpu = CpuTime.sample(scene.service().pid()).since(before).withPostgres(postgres.stop());
        Files.writeString(scene.output().resolve(tables + ".log"), String.join(" ", command) + "\n" + output);
        Result result = new Result(shape, clients, transactions / clients * clients, number(TPS, output),
                number(LATENCY, output), cpu);
        System.out.printf("%npgbench baseline, %s: the claim statement, %d clients, %d transactions: %.0f tps, "
                + "latency average %.2f ms%n", shape, result.clients(), result.transactions(), result.tps(),
                result.latencyAverageMillis());
        return result;
    }

    /** B pending bookings of the storm's type, and both sides numbered so that pgbench can pick them. */
    private static void prepare(Connection db, String tables, List<Account> providers, Account patient, int bookings)
            throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE " + tables + "_providers (n int PRIMARY KEY, id uuid NOT NULL)");
            statement.execute("""
                    CREATE TABLE %s_bookings AS
                    SELECT n, gen_random_uuid() AS id FROM generate_series(1, %d) AS n
                    """.formatted(tables, bookings));
            statement.execute("ALTER TABLE " + tables + "_bookings ADD PRIMARY KEY (n)");
            statement.execute("""
                    INSERT INTO bookings (id, patient_id, service_type, address)
                    SELECT id, '%s', '%s', 'pgbench baseline' FROM %s_bookings
                    """.formatted(patient.id(), ClaimStorm.SERVICE_TYPE, tables));
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + tables + "_providers VALUES (?, ?)")) {
            for (int i = 0; i < providers.size(); i++) {
                insert.setInt(1, i + 1);
                insert.setObject(2, providers.get(i).id());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The service's claim (ClaimStatement), with its binds read from the numbered tables. */
    static String claimStatement(String tables) {
        return ClaimStatements.claim().replaceAll(":actor\\b", "(SELECT id FROM " + tables + "_providers WHERE n = :p)")
                .replaceAll(":id\\b", "(SELECT id FROM " + tables + "_bookings WHERE n = :b)")
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
