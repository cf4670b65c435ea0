package org.parley.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.ArticleAnnotator;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.Extraction;
import org.parley.ingest.ProcessingIssue;
import org.parley.store.ExtractedArticle;
import org.parley.store.ParleyStore;
import org.parley.store.StoredArticle;

/**
 * {@link StoreRecoder} with the real extractors and a fake annotator (one sentence, "Jane Roe" tagged PERSON):
 * a user dictionary that codes her reaches the stored actors, the knowledge hash is stored, a second
 * {@code --only-stale} run recodes nothing and loads no annotator, an edited dictionary makes every article stale,
 * and a failed article keeps its rows and becomes an issue.
 */
class StoreRecoderTest {

    private static final Set<String> PEOPLE = Set.of("Jane", "Roe");
    private static final Pattern WORD = Pattern.compile("\\w+|[^\\w\\s]");

    @TempDir
    Path dir;

    /** Counts how often it is built and annotates; refuses the ids it is told to. */
    private static final class FakeAnnotator implements ArticleAnnotator {
        final AtomicInteger built = new AtomicInteger();
        final AtomicInteger annotated = new AtomicInteger();
        final Set<String> refuse;

        FakeAnnotator(Set<String> refuse) {
            this.refuse = refuse;
        }

        ArticleAnnotator build() {
            built.incrementAndGet();
            return this;
        }

        @Override
        public AnnotatedArticle annotate(Article article) {
            annotated.incrementAndGet();
            if (refuse.contains(article.id())) {
                throw new IllegalStateException("annotator refused " + article.id());
            }
            String text = article.text();
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                String pos = w.equals("met") ? "VBD" : Character.isUpperCase(w.charAt(0)) ? "NNP"
                        : Character.isLetter(w.charAt(0)) ? "NN" : ".";
                tokens.add(new Token(tokens.size(), w, m.start(), m.end(), pos, w.toLowerCase(),
                        PEOPLE.contains(w) ? "PERSON" : "O"));
            }
            return new AnnotatedArticle(article, List.of(new Sentence(0, 0, text.length(), tokens, List.of(), false)),
                    List.of());
        }
    }

    private static ExtractedArticle unextracted(String id) {
        Article a = new Article(id, "2025-04-11", null, "example.org", null,
                "Jane Roe met reporters on a visit, report " + id + " said.");
        return new ExtractedArticle(a, new Extraction(id, a.published(), List.of(), List.of(), List.of(), List.of(),
                List.of()));
    }

    private Path dictionary(String code) throws IOException {
        return Files.writeString(dir.resolve("actors.csv"),
                "name,kind,country,sector,code\nJane Roe,person,USA," + code.substring(3) + "," + code + "\n");
    }

    private static List<String> roeCodes(ParleyStore store) {
        List<String> codes = new ArrayList<>();
        store.forEachArticlePage(null, 10, page -> {
            for (StoredArticle a : page) {
                for (Actor x : store.extraction(a.id()).orElseThrow().actors()) {
                    if (x.name().equals("Jane Roe")) {
                        codes.add(a.id() + "=" + x.code());
                    }
                }
            }
        });
        return codes;
    }

    @Test
    void aDictionaryEditReachesTheStoredActorsAndOnlyStaleArticlesAreRecoded() throws IOException {
        try (ParleyStore store = ParleyStore.open(dir.resolve("s.duckdb"))) {
            store.ingestBatch(List.of(unextracted("k1"), unextracted("k2"), unextracted("k3")));
            FakeAnnotator annotator = new FakeAnnotator(Set.of());

            ArticleExtractor withGov = ArticleExtractor.withBuiltInKnowledge(dictionary("USAGOV"));
            String govKnowledge = withGov.provenance().orElseThrow().sha256();
            List<Long> progress = new ArrayList<>();
            StoreRecoder.Summary first = new StoreRecoder(annotator::build, withGov, 2)
                    .recode(store, StoreRecoder.Scope.STALE, (done, total) -> progress.add(done * 10 + total));

            assertThat(first).isEqualTo(new StoreRecoder.Summary(3, 0, 0));
            assertThat(progress).containsExactly(13L, 23L, 33L);
            assertThat(roeCodes(store)).containsExactly("k1=USAGOV", "k2=USAGOV", "k3=USAGOV");
            assertThat(store.storedArticle("k2").orElseThrow().knowledgeSha256()).isEqualTo(govKnowledge);

            FakeAnnotator idle = new FakeAnnotator(Set.of());
            StoreRecoder.Summary again = new StoreRecoder(idle::build, withGov, 2)
                    .recode(store, StoreRecoder.Scope.STALE, (done, total) -> { });
            assertThat(again).isEqualTo(new StoreRecoder.Summary(0, 0, 3));
            assertThat(idle.built.get()).as("nothing stale: no annotator loaded").isZero();

            ArticleExtractor withMil = ArticleExtractor.withBuiltInKnowledge(dictionary("USAMIL"));
            assertThat(withMil.provenance().orElseThrow().sha256()).isNotEqualTo(govKnowledge);
            StoreRecoder.Summary edited = new StoreRecoder(annotator::build, withMil, 2)
                    .recode(store, StoreRecoder.Scope.STALE, (done, total) -> { });
            assertThat(edited).isEqualTo(new StoreRecoder.Summary(3, 0, 0));
            assertThat(roeCodes(store)).containsExactly("k1=USAMIL", "k2=USAMIL", "k3=USAMIL");
        }
    }

    @Test
    void aFailedArticleKeepsItsRowsAndBecomesAnIssueWhileTheOthersAreRecoded() throws IOException {
        try (ParleyStore store = ParleyStore.open(dir.resolve("f.duckdb"))) {
            store.ingestBatch(List.of(unextracted("k1"), unextracted("k2")));
            FakeAnnotator annotator = new FakeAnnotator(Set.of("k2"));

            StoreRecoder.Summary s = new StoreRecoder(annotator::build,
                    ArticleExtractor.withBuiltInKnowledge(dictionary("USAGOV")), 1)
                    .recode(store, StoreRecoder.Scope.ALL, (done, total) -> { });

            assertThat(s).isEqualTo(new StoreRecoder.Summary(1, 1, 0));
            assertThat(roeCodes(store)).containsExactly("k1=USAGOV");
            assertThat(store.storedArticle("k2").orElseThrow().knowledgeSha256()).isNull();
            assertThat(store.issues()).extracting(ProcessingIssue::recordId, ProcessingIssue::stage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("k2", "annotate"));
        }
    }

    @Test
    void staleArticlesCannotBeToldWithoutKnowingTheExtractorsKnowledge() {
        ArticleExtractor handBuilt = new ArticleExtractor(null, null, null, null, null);
        try (ParleyStore store = ParleyStore.open(dir.resolve("u.duckdb"))) {
            store.ingest(unextracted("k1"));
            assertThatThrownBy(() -> new StoreRecoder(() -> null, handBuilt, 1)
                    .recode(store, StoreRecoder.Scope.STALE, (d, t) -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not known");
        }
    }
}
