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
