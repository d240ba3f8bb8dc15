package com.medondoor.load;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements the service runs for a claim, read from {@code ClaimStatement} at run time so that the
 * baselines (pgbench, the bare stack) cannot drift from it: the claim itself and, should the service
 * come to have one again, a read that explains a claim that changed nothing. Today the claim answers
 * both in one statement, and {@link #refusal()} is null.
 */
final class ClaimStatements {

    private static final String REPOSITORY = "com.medondoor.job.ClaimStatement";
    /** The constants a claim may run, in the order the service runs them; only the first must exist. */
    private static final List<String> CONSTANTS = List.of("SQL", "REFUSAL");
    // A named bind as Spring's DatabaseClient sees one: ':name', but not the '::' of a cast.
    private static final Pattern NAMED = Pattern.compile("(?<!:):([A-Za-z_]\\w*)");

    /** A statement with positional binds ($1, $2, …) and the bind names in the order of those positions. */
    record Positional(String sql, List<String> names) {
    }

    private ClaimStatements() {
    }

    /** The claim, with named binds ({@code :actor}, {@code :id}) as the repository has it. */
    static String claim() {
        return constants().get(CONSTANTS.get(0));
    }

    /** The refusal read ({@code :id}, {@code :provider}), or null once the claim answers for itself. */
    static String refusal() {
        return constants().get(CONSTANTS.get(1));
    }

    /**
     * The statement as Spring's DatabaseClient sends it to PostgreSQL: each distinct name gets the next
     * $n where it first appears, and a repeated name reuses its marker.
     */
    static Positional positional(String named) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Matcher matcher = NAMED.matcher(named);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            int position = positions.computeIfAbsent(matcher.group(1), name -> positions.size() + 1);
            matcher.appendReplacement(sql, "\\$" + position);
        }
        matcher.appendTail(sql);
        return new Positional(sql.toString(), new ArrayList<>(positions.keySet()));
    }

    /** Every listed constant the repository has, by name. */
    private static Map<String, String> constants() {
        Map<String, String> statements = new LinkedHashMap<>();
        try {
            Class<?> repository = Class.forName(REPOSITORY);
            for (String name : CONSTANTS) {
                try {
                    Field field = repository.getDeclaredField(name);
                    field.setAccessible(true);
                    statements.put(name, (String) field.get(null));
                }
                catch (NoSuchFieldException gone) {
                    // Only the claim itself must be there; the baselines follow whatever else is.
                }
            }
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the claim's statements from " + REPOSITORY, e);
        }
        if (!statements.containsKey(CONSTANTS.get(0))) {
            throw new IllegalStateException(REPOSITORY + " has no " + CONSTANTS.get(0) + " constant any more");
        }
        return statements;
    }
}
