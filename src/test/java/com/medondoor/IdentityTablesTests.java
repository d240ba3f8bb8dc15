package com.medondoor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only {@code auth} reads the tables behind sign-up, login and logout ({@code users},
 * {@code revoked_tokens}); every other feature's SQL learns who someone is from the identity core's
 * {@code accounts} view, and of revocations through {@code auth}'s API. Checked on the sources, where
 * the SQL is written.
 */
class IdentityTablesTests {

    private static final Path SOURCES = Path.of("src/main/java/com/medondoor");
    private static final Pattern IDENTITY_TABLE = Pattern.compile("\\b(users|revoked_tokens)\\b");

    @Test
    void noFeatureButAuthNamesTheUsersOrRevokedTokensTable() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(SOURCES.resolve("auth")))
                    .filter(IdentityTablesTests::namesAnIdentityTable)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("files outside auth that name users or revoked_tokens").isEmpty();
    }

    @Test
    void theCheckSeesTheSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("auth"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".java"))
                    .filter(IdentityTablesTests::namesAnIdentityTable).count())
                    .as("auth's own files that name them").isPositive();
        }
    }

    private static boolean namesAnIdentityTable(Path file) {
        try {
            return IDENTITY_TABLE.matcher(Files.readString(file)).find();
        }
        catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
