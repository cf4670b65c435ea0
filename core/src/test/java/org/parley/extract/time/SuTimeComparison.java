package org.parley.extract.time;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.TimeExpression;
import org.parley.json.ParleyJson;

/**
 * A by-hand measurement, not a test: compares {@link NewsTimeTagger} with the SUTime expressions stored in annotation
 * files ({@code parley annotate} output), times the tagger, and can write copies of the files whose times are the
 * tagger's, so the extractors can be scored with it in SUTime's place.
 *
 * <pre>
 * java -cp core/target/classes:core/target/test-classes:DEPS org.parley.extract.time.SuTimeComparison \
 *     [--rewrite OUTDIR] [--diffs FILE] ANNOTATIONS.jsonl...
 * </pre>
 *
 * Only sentences {@link TimeCues} selects are compared (SUTime ran on no others); the rewrite tags every sentence.
 */
public final class SuTimeComparison {

    private SuTimeComparison() {
    }

    /** Counts for one category: both found with the same value, with different values, only SUTime, only ours. */
    private static final class Tally {
        int same;
        int different;
        int onlySuTime;
        int onlyOurs;

        @Override
        public String toString() {
            return String.format("same=%5d different=%5d only_sutime=%5d only_ours=%5d", same, different, onlySuTime,
                    onlyOurs);
        }
    }

    public static void main(String[] args) throws IOException {
        Path rewrite = null;
        Path diffs = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rewrite" -> rewrite = Path.of(args[++i]);
                case "--diffs" -> diffs = Path.of(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        NewsTimeTagger tagger = new NewsTimeTagger();
        TimeCues cues = new TimeCues();
        Map<String, Tally> tallies = new TreeMap<>();
        List<AnnotatedArticle> all = new ArrayList<>();
        try (PrintStream out = diffs == null ? new PrintStream(PrintStream.nullOutputStream())
                : new PrintStream(Files.newOutputStream(diffs), true, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                List<AnnotatedArticle> articles = read(f);
                all.addAll(articles);
                List<String> rewritten = new ArrayList<>();
                for (AnnotatedArticle a : articles) {
                    LocalDate published = a.article().publicationDate().orElse(null);
                    List<TimeExpression> ours = new ArrayList<>();
                    for (Sentence s : a.sentences()) {
                        List<TimeExpression> mine = tagger.tag(s.index(), s.tokens(), a.article().text(), published);
                        ours.addAll(mine);
                        if (cues.needsParse(s.tokens())) {
                            List<TimeExpression> theirs = a.times().stream().filter(t -> t.sentence() == s.index())
                                    .toList();
                            compare(theirs, mine, tallies, out, a.article().id() + " " + published + " | "
                                    + a.article().text().substring(s.start(), s.end()).replace('\n', ' '));
                        }
                    }
                    if (rewrite != null) {
                        rewritten.add(ParleyJson.mapper().writeValueAsString(
                                new AnnotatedArticle(a.article(), a.sentences(), ours)));
                    }
                }
                if (rewrite != null) {
                    Files.createDirectories(rewrite);
                    try (BufferedWriter w = Files.newBufferedWriter(rewrite.resolve(f.getFileName()),
                            StandardCharsets.UTF_8)) {
                        for (String line : rewritten) {
                            w.write(line);
                            w.write('\n');
                        }
                    }
                }
            }
        }
        tallies.forEach((k, v) -> System.out.printf("%-22s %s%n", k, v));
        speed(tagger, all);
    }

    private static void compare(List<TimeExpression> theirs, List<TimeExpression> ours, Map<String, Tally> tallies,
                                PrintStream out, String where) {
        List<TimeExpression> unmatched = new ArrayList<>(ours);
        for (TimeExpression t : theirs) {
            TimeExpression o = unmatched.stream().filter(x -> x.start() < t.end() && t.start() < x.end()).findFirst()
                    .orElse(null);
            String category = category(t);
            Tally tally = tallies.computeIfAbsent(category, k -> new Tally());
            if (o == null) {
                tally.onlySuTime++;
                out.printf("ONLY_SUTIME %s\t%s\t%s\t%s%n", category, t.text(), t.value(), where);
                continue;
            }
            unmatched.remove(o);
            if (String.valueOf(t.value()).equals(String.valueOf(o.value()))) {
                tally.same++;
            } else {
                tally.different++;
                out.printf("DIFFERENT %s\t%s=%s\tours %s=%s\t%s%n", category, t.text(), t.value(), o.text(), o.value(),
                        where);
            }
        }
        for (TimeExpression o : unmatched) {
            String category = category(o);
            tallies.computeIfAbsent(category, k -> new Tally()).onlyOurs++;
            out.printf("ONLY_OURS %s\t%s\t%s\t%s%n", category, o.text(), o.value(), where);
        }
    }

    /** TIMEX3 type, with DATE and TIME split by whether the value names a calendar point. */
    private static String category(TimeExpression t) {
        String v = t.value();
        if ((t.type().equals("DATE") || t.type().equals("TIME")) && v != null && !v.isEmpty()
                && Character.isDigit(v.charAt(0))) {
            return t.type() + " calendar";
        }
        if (v != null && v.endsWith("_REF")) {
            return t.type() + " reference";
        }
        return t.type() + " other";
    }

    private static void speed(NewsTimeTagger tagger, List<AnnotatedArticle> articles) {
        long sentences = 0;
        long found = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            sentences = 0;
            found = 0;
            for (AnnotatedArticle a : articles) {
                LocalDate published = a.article().publicationDate().orElse(null);
                for (Sentence s : a.sentences()) {
                    found += tagger.tag(s.index(), s.tokens(), a.article().text(), published).size();
                    sentences++;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (round >= 3) {
                System.out.printf("speed: %d sentences in %.3f s = %.0f sentences/s (%d expressions)%n", sentences,
                        seconds, sentences / seconds, found);
            }
        }
    }

    private static List<AnnotatedArticle> read(Path f) throws IOException {
        List<AnnotatedArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(ParleyJson.mapper().readValue(line, AnnotatedArticle.class));
                }
            }
        }
        return out;
    }
}
