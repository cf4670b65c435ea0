package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.batch.Annotators;
import org.parley.batch.ArticleBatch;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley actor-report}: how well actors are coded on real news - actors per article, the share with a
 * country and with a sector, and the most frequent names left without either (where the knowledge or a user
 * dictionary has a gap). A look at coverage, not a score.
 */
@Command(name = "actor-report", mixinStandardHelpOptions = true,
        description = "Report actor coding coverage on a corpus: per-article counts, shares coded, top unresolved names.")
final class ActorReportCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines corpus (default: ../shared/corpus/news.jsonl)")
    Path corpus;

    @Option(names = "--limit", description = "articles (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--actors", paramLabel = "FILE", description = "your actor dictionary")
    Path actors;

    @Option(names = "--annotations", paramLabel = "FILE", description = "reuse stored annotation")
    List<Path> annotations = List.of();

    @Override
    public Integer call() {
        Path path = corpus != null ? corpus : Path.of(System.getProperty("parley.root", "."))
                .toAbsolutePath().normalize().resolveSibling("shared").resolve("corpus").resolve("news.jsonl");
        if (!Files.isRegularFile(path)) {
            System.err.println("parley actor-report: no corpus at " + path + "; give one with --corpus FILE");
            return ExitCodes.USAGE;
        }
        List<InputRecord> records = new ArrayList<>();
        new ArticleReader(null).read(List.of(path), r -> {
            if (r.isArticle() && records.size() < limit) {
                records.add(r);
            }
        });
        ArticleBatch batch = new ArticleBatch(Annotators.annotator(annotations), Dictionaries.extractor(actors), threads);
        int[] n = new int[5]; // articles, actors, with country, with sector, people
        Map<ActorKind, Integer> byKind = new HashMap<>();
        Map<String, Integer> unresolved = new HashMap<>();
        batch.runRecords(records, p -> {
            if (!p.ok()) {
                System.err.println("parley: " + p.issue().describe());
                return;
            }
            n[0]++;
            for (Actor a : p.extraction().actors()) {
                n[1]++;
                byKind.merge(a.kind(), 1, Integer::sum);
                if (a.country() != null) {
                    n[2]++;
                }
                if (a.sector() != null) {
                    n[3]++;
                }
                if (a.country() == null && a.sector() == null) {
                    unresolved.merge(a.name(), 1, Integer::sum);
                }
            }
        });
        System.out.printf(Locale.ROOT, "actor coverage on %d articles of %s%n", n[0], path.getFileName());
        System.out.printf(Locale.ROOT, "  actors per article: %.1f (%s)%n", n[1] / (double) Math.max(1, n[0]), byKind);
        System.out.printf(Locale.ROOT, "  with a country: %.1f%%   with a sector: %.1f%%%n",
                100.0 * n[2] / Math.max(1, n[1]), 100.0 * n[3] / Math.max(1, n[1]));
        System.out.println("  most frequent actors with neither country nor sector:");
        unresolved.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(20)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %4d  %s%n", e.getValue(), e.getKey()));
        return ExitCodes.OK;
    }
}
