package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one of the shared Python scorers and reads the figures of its last line, {@code summary: k=v ...}. */
final class Scorer {

    private Scorer() {
    }

    /**
     * The gold people that the prediction split into two or more actors, as score.py's verbose output names them
     * ("actor  DUP 'Witkoff' -> witkoff"): only person keys count; a state kept apart from its government is
     * allowed by the gold.
     */
    static List<String> splitPeople(Path predictions, Path... gold) throws IOException, InterruptedException {
        java.util.Set<String> people = new java.util.HashSet<>();
        for (Path g : gold) {
            com.fasterxml.jackson.databind.JsonNode root = org.parley.json.ParleyJson.mapper().readTree(g.toFile());
            root.elements().forEachRemaining(article -> article.path("actors").forEach(a -> {
                if ("person".equals(a.path("kind").asText())) {
                    people.add(a.path("key").asText());
                }
            }));
        }
        List<String> cmd = new ArrayList<>(List.of("python3", gold[0].getParent().getParent().resolve("score.py").toString(),
                predictions.toString()));
        for (Path g : gold) {
            cmd.add(g.toString());
        }
        cmd.add("--verbose");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("scorer finished").isTrue();
        List<String> split = new ArrayList<>();
        for (String line : out.split("\n")) {
            int arrow = line.indexOf("-> ");
            if (line.contains("actor  DUP") && arrow > 0 && people.contains(line.substring(arrow + 3).trim())) {
                split.add(line.trim());
            }
        }
        return split;
    }

    static Map<String, Double> run(Path script, Path predictions, Path... gold) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), predictions.toString()));
        for (Path g : gold) {
            cmd.add(g.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("scorer finished").isTrue();
        assertThat(p.exitValue()).as("scorer exit status; output:%n%s", out).isZero();
        System.out.println(out);
        String summary = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("summary:")) {
                summary = line;
            }
        }
        assertThat(summary).as("summary line in:%n%s", out).isNotNull();
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String kv : summary.substring("summary:".length()).trim().split("\\s+")) {
            String[] parts = kv.split("=", 2);
            if (parts.length == 2) {
                try {
                    figures.put(parts[0], Double.parseDouble(parts[1]));
                } catch (NumberFormatException e) {
                    // a figure like nan: not a number to gate on
                }
            }
        }
        return figures;
    }
}
