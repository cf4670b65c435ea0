package org.parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.batch.ArticleBatch;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ProcessingIssue;
import org.parley.json.ParleyJson;
import org.parley.batch.Annotators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley extract}: one JSON object per article (SCHEMA.md) to stdout or a file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract actors, quotes, events, times and places; one JSON object per article (SCHEMA.md).")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines or .txt files, or directories of them")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Option(names = "--errors", paramLabel = "FILE", description = "also write failed records as JSON lines (file, line, id, stage, reason)")
    Path errors;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for .txt inputs")
    String date;

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "reuse annotation written by 'parley annotate' for articles with the same id and text")
    List<Path> annotations = List.of();

    @Option(names = "--actors", paramLabel = "FILE",
            description = "your actor dictionary (name, aliases, kind, country, sector, code, from, to); it wins over built-in knowledge")
    Path actors;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        CliChecks.date(date);
        ArticleBatch batch = new ArticleBatch(Annotators.annotator(annotations), Dictionaries.extractor(actors), threads);
        int[] counts = new int[2];
        // stdout is flushed, never closed: the command may run inside another program
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                } : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PrintWriter errs = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            batch.run(new ArticleReader(date), inputs, a -> false, p -> {
                if (p.ok()) {
                    counts[0]++;
                    write(w, ParleyJson.line(p.extraction()));
                } else {
                    counts[1]++;
                    ProcessingIssue i = p.issue();
                    System.err.println("parley: " + i.describe());
                    if (errs != null) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("file", i.file());
                        row.put("line", i.line());
                        row.put("id", i.recordId());
                        row.put("stage", i.stage());
                        row.put("reason", i.reason());
                        errs.println(ParleyJson.line(row));
                    }
                }
            });
            w.flush();
        }
        System.err.printf("parley: %d articles extracted, %d failed%n", counts[0], counts[1]);
        return counts[1] == 0 ? 0 : ExitCodes.SOME_RECORDS_FAILED;
    }

    private static void write(Writer w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
