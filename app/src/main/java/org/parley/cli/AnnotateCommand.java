package org.parley.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.ingest.ArticleReader;
import org.parley.json.ParleyJson;
import org.parley.batch.Annotators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes the annotated-article records (tokens, tags, dependencies, times) as JSON Lines: for looking at what the extractors read. */
@Command(name = "annotate", description = "Write the linguistic annotation extractors read, as JSON Lines (for inspection).")
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines or .txt files, or directories")
    List<Path> inputs;

    @Option(names = "--date", description = "publication date for .txt inputs (YYYY-MM-DD)")
    String date;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        var annotator = Annotators.annotator();
        int[] failed = {0};
        new ArticleReader(date).read(inputs, r -> {
            if (!r.isArticle()) {
                System.err.println(r.issue().describe());
                failed[0]++;
                return;
            }
            try {
                AnnotatedArticle a = annotator.annotate(r.article());
                out.println(ParleyJson.line(a));
            } catch (AnnotationException e) {
                System.err.println(r.file() + ":" + r.line() + " (id " + r.article().id() + "): annotate: " + e.getMessage());
                failed[0]++;
            }
        });
        return failed[0] == 0 ? 0 : 1;
    }
}
