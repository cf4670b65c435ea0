package org.parley.spark;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.parley.article.Article;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;

/**
 * The shared news corpus ({@code ../shared/corpus/news.jsonl} beside the repository root, found through the
 * {@code parley.root} system property the parent pom sets). A clone without it skips the tests that need it with
 * a message; under {@code CI=true} its absence fails them.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path newsJsonl() {
        String prop = System.getProperty("parley.root");
        Path repo = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().getParent();
        Path corpus = repo.toAbsolutePath().normalize().resolveSibling("shared").resolve("corpus/news.jsonl");
        if (!Files.isRegularFile(corpus)) {
            String msg = corpus + " not found: the Spark integration test needs the shared news corpus";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + " (CI=true: this is a failure, not a skip)");
            }
            Assumptions.abort(msg);
        }
        return corpus;
    }

    /**
     * The first {@code n} articles of {@code corpus}, each cut to at most {@code maxChars} characters (at the last
     * line break before the limit when there is one in its second half), or whole when {@code maxChars} is 0.
     */
    static List<Article> firstArticles(Path corpus, int n, int maxChars) {
        List<Article> out = new ArrayList<>();
        for (InputRecord r : new ArticleReader(null).readAll(List.of(corpus))) {
            if (out.size() == n) {
                break;
            }
            if (r.isArticle()) {
                out.add(cut(r.article(), maxChars));
            }
        }
        return out;
    }

    private static Article cut(Article a, int maxChars) {
        String t = a.text();
        if (maxChars == 0 || t.length() <= maxChars) {
            return a;
        }
        int end = t.lastIndexOf('\n', maxChars);
        if (end < maxChars / 2) {
            end = maxChars;
        }
        return new Article(a.id(), a.published(), a.title(), a.source(), a.url(), t.substring(0, end).strip());
    }
}
