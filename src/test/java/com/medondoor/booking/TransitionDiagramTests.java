package com.medondoor.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The visit's life as {@code src/site/markdown/visits.md} draws it, a Mermaid {@code stateDiagram-v2} with
 * one arrow {@code FROM --> TO: TRANSITION (WHO)} per transition and status it starts from, is the
 * table {@link Transition} holds: no arrow missing, none extra, none twice.
 */
class TransitionDiagramTests {

    private static final Path VISITS = Path.of("src/site/markdown/visits.md");

    private static final Pattern ARROW = Pattern.compile("\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*:\\s*(\\w+)\\s*\\((\\w+)\\)\\s*");

    /** An arrow of the diagram, or of the table: its statuses, its transition and who makes it. */
    record Arrow(String from, String to, String transition, String actor) {

        @Override
        public String toString() {
            return from + " --> " + to + ": " + transition + " (" + actor + ")";
        }
    }

    @Test
    void diagramDrawsExactlyTheTransitionTable() throws IOException {
        List<Arrow> drawn = arrows(diagram());

        assertThat(drawn).as("arrows in %s, one per transition and status it starts from", VISITS)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(table());
    }

    @Test
    void diagramDrawsTheStartAndEveryEnd() throws IOException {
        List<String> lines = diagram();

        assertThat(lines).as("the start of a booking's life, and its ends, in %s", VISITS)
                .contains("[*] --> PENDING", "COMPLETED --> [*]", "CANCELLED --> [*]", "EXPIRED --> [*]");
    }

    /** Every transition, once for each status it starts from. */
    private static List<Arrow> table() {
        List<Arrow> arrows = new ArrayList<>();
        for (Transition transition : Transition.values()) {
            transition.from().forEach(from -> arrows.add(
                    new Arrow(from.name(), transition.to().name(), transition.name(), transition.actor().name())));
        }
        return arrows;
    }

    /** The arrows between statuses; any other line with an arrow fails the test, naming the line. */
    private static List<Arrow> arrows(List<String> diagram) {
        List<Arrow> arrows = new ArrayList<>();
        for (String line : diagram) {
            if (!line.contains("-->") || line.contains("[*]")) {
                continue;
            }
            Matcher arrow = ARROW.matcher(line);
            assertThat(arrow.matches()).as("'%s' in %s reads FROM --> TO: TRANSITION (WHO)", line, VISITS).isTrue();
            arrows.add(new Arrow(arrow.group(1), arrow.group(2), arrow.group(3), arrow.group(4)));
        }
        return arrows;
    }

    /** The stripped lines of the one Mermaid block of the file that is a state diagram. */
    private static List<String> diagram() throws IOException {
        List<List<String>> diagrams = new ArrayList<>();
        List<String> block = null;
        for (String line : Files.readAllLines(VISITS)) {
            String stripped = line.strip();
            if (block == null && stripped.equals("```mermaid")) {
                block = new ArrayList<>();
            }
            else if (block != null && stripped.equals("```")) {
                if (!block.isEmpty() && block.get(0).equals("stateDiagram-v2")) {
                    diagrams.add(block);
                }
                block = null;
            }
            else if (block != null && !stripped.isEmpty()) {
                block.add(stripped);
            }
        }
        assertThat(diagrams).as("Mermaid stateDiagram-v2 blocks in %s", VISITS).hasSize(1);
        return diagrams.get(0);
    }
}
