package org.parley.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.annotate.ArticleAnnotator;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.article.Article;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;
import org.parley.ingest.ProcessingIssue;

/**
 * {@link ArticleBatch} with a fake annotator that takes a different time per article, so workers finish out of
 * order: outcomes must still reach the consumer in input order, on the calling thread, with failures as issues
 * and the rest processed.
 */
class ArticleBatchTest {

    @TempDir
    Path dir;

    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ArticleExtractor.withBuiltInKnowledge();
    }

    /** One sentence per article: its words as plain nouns, with sleeps so later articles can finish first. */
    private static final class SlowFakeAnnotator implements ArticleAnnotator {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger consumed = new AtomicInteger();
        final AtomicInteger maxAhead = new AtomicInteger();
        private final Set<String> refuse;
        private final Set<String> crash;

        SlowFakeAnnotator(Set<String> refuse, Set<String> crash) {
            this.refuse = refuse;
            this.crash = crash;
        }

        @Override
        public AnnotatedArticle annotate(Article article) {
            calls.incrementAndGet();
            int ahead = started.incrementAndGet() - consumed.get();
            maxAhead.accumulateAndGet(ahead, Math::max);
            threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
            try {
                // early articles are slow, later ones fast: a pool that hands results back as they finish reorders
                int n = Integer.parseInt(article.id().substring(1)); // ids are "n1", "n2", ...
                Thread.sleep(Math.max(0, 12 - n % 13));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (refuse.contains(article.id())) {
                throw new AnnotationException("text is too long: 9 characters, the limit is 5");
            }
            if (crash.contains(article.id())) {
                throw new IllegalStateException("annotator bug");
            }
            return annotated(article);
        }
    }

    private static AnnotatedArticle annotated(Article article) {
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                tokens.add(new Token(i++, text.substring(start, end), start, end, "NN", text.substring(start, end), "O"));
            }
            start = end + 1;
        }
        Sentence s = new Sentence(0, 0, text.length(), tokens, List.of(), false);
        return new AnnotatedArticle(article, List.of(s), List.of());
    }

    private Path input(int articles, int badLineAt) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int k = 1; k <= articles; k++) {
            if (k == badLineAt) {
                b.append("this line is not JSON\n");
            }
            b.append("{\"id\":\"n").append(k).append("\",\"published\":\"2025-04-11\",\"text\":\"talks number ")
                    .append(k).append(" went on\"}\n");
        }
        return Files.writeString(dir.resolve("batch.jsonl"), b);
    }

    private static String label(ProcessedArticle p) {
        return p.ok() ? p.extraction().id() : "ISSUE:" + p.issue().stage() + ":" + p.input().line();
    }

    @Test
    void outcomesComeInInputOrderOnTheCallingThreadWhateverOrderWorkersFinish() throws IOException {
        Path in = input(40, 0);
        SlowFakeAnnotator annotator = new SlowFakeAnnotator(Set.of(), Set.of());
        List<String> ids = new ArrayList<>();
        Thread caller = Thread.currentThread();
        List<Thread> sinkThreads = new ArrayList<>();

        new ArticleBatch(annotator, extractor, 4).run(new ArticleReader(null), List.of(in), a -> false, p -> {
            sinkThreads.add(Thread.currentThread());
            annotator.consumed.incrementAndGet();
            ids.add(label(p));
        });

        List<String> expected = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            expected.add("n" + k);
        }
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(sinkThreads).containsOnly(caller);
        assertThat(annotator.threads).as("work was spread over several workers").hasSizeGreaterThan(1);
        assertThat(annotator.threads).allMatch(t -> t.startsWith("parley-worker"));
    }

    @Test
    void atMostEightTimesTheThreadsAreInFlight() throws IOException {
        Path in = input(60, 0);
        SlowFakeAnnotator annotator = new SlowFakeAnnotator(Set.of(), Set.of());
        new ArticleBatch(annotator, extractor, 3).run(new ArticleReader(null), List.of(in), a -> false,
                p -> annotator.consumed.incrementAndGet());
        assertThat(annotator.consumed.get()).isEqualTo(60);
        assertThat(annotator.maxAhead.get()).as("articles started but not yet consumed").isLessThanOrEqualTo(24);
    }

    @Test
    void whileTheOldestArticleRunsTheOtherWorkerKeepsGoing() throws IOException {
        Path in = input(40, 0);
        AtomicInteger started = new AtomicInteger();
        boolean[] othersRanAhead = {false};
        // the first article holds its worker until the other worker has started 12 more (or 20 s pass): outcomes
        // leave in input order, so that is only possible when the window lets the others run ahead of it
        ArticleAnnotator oldestIsLong = article -> {
            started.incrementAndGet();
            if (article.id().equals("n1")) {
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (started.get() < 13 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                othersRanAhead[0] = started.get() >= 13;
            }
            return annotated(article);
        };
        List<String> ids = new ArrayList<>();
        new ArticleBatch(oldestIsLong, extractor, 2).run(new ArticleReader(null), List.of(in), a -> false,
                p -> ids.add(label(p)));

        assertThat(othersRanAhead[0]).as("12 articles started while the first one ran").isTrue();
        assertThat(ids).hasSize(40).startsWith("n1", "n2", "n3");
    }

    @Test
    void aRefusedArticleBecomesAnAnnotateIssueAndTheRestAreProcessed() throws IOException {
        Path in = input(8, 0);
        SlowFakeAnnotator annotator = new SlowFakeAnnotator(Set.of("n3"), Set.of("n6"));
        List<ProcessedArticle> out = new ArrayList<>();

        new ArticleBatch(annotator, extractor, 3).run(new ArticleReader(null), List.of(in), a -> false, out::add);

        assertThat(out).extracting(ArticleBatchTest::label).containsExactly("n1", "n2", "ISSUE:annotate:3", "n4", "n5",
                "ISSUE:annotate:6", "n7", "n8");
        ProcessingIssue refused = out.get(2).issue();
        assertThat(refused).isEqualTo(new ProcessingIssue(in.toString(), 3, "n3", "annotate",
                "text is too long: 9 characters, the limit is 5"));
        assertThat(out.get(2).extraction()).isNull();
        assertThat(out.get(2).annotated()).isNull();
        ProcessingIssue crashed = out.get(5).issue();
        assertThat(crashed.recordId()).isEqualTo("n6");
        assertThat(crashed.reason()).contains("IllegalStateException").contains("annotator bug");
        assertThat(out.get(3).annotated().tokenCount()).isEqualTo(5);
    }

    @Test
    void aRecordTheReaderRejectedKeepsItsPlaceAndIsNeverAnnotated() throws IOException {
        Path in = input(5, 3);
        SlowFakeAnnotator annotator = new SlowFakeAnnotator(Set.of(), Set.of());
        List<ProcessedArticle> out = new ArrayList<>();

        new ArticleBatch(annotator, extractor, 2).run(new ArticleReader(null), List.of(in), a -> false, out::add);

        assertThat(out).extracting(ArticleBatchTest::label).containsExactly("n1", "n2", "ISSUE:read:3", "n3", "n4", "n5");
        assertThat(out.get(2).issue().reason()).startsWith("not JSON");
        assertThat(annotator.calls.get()).isEqualTo(5);
    }

    @Test
    void anExtractionFailureBecomesAnExtractIssue() throws IOException {
        Path in = input(3, 0);
        // a PERSON token whose offsets run past the text: the actor stage cannot cut its mention out
        ArticleAnnotator broken = a -> {
            if (!a.id().equals("n2")) {
                return annotated(a);
            }
            Token bad = new Token(0, "Ghost", 0, a.text().length() + 10, "NNP", "Ghost", "PERSON");
            return new AnnotatedArticle(a, List.of(new Sentence(0, 0, a.text().length(), List.of(bad), List.of(), false)),
                    List.of());
        };
        List<ProcessedArticle> out = new ArrayList<>();

        new ArticleBatch(broken, extractor, 2).run(new ArticleReader(null), List.of(in), a -> false, out::add);

        assertThat(out).extracting(ArticleBatchTest::label).containsExactly("n1", "ISSUE:extract:2", "n3");
        assertThat(out.get(1).issue().recordId()).isEqualTo("n2");
        assertThat(out.get(1).issue().reason()).contains("Exception").contains(" at ");
    }

    @Test
    void skippedArticlesReachNoConsumerAndAreNotAnnotated() throws IOException {
        Path in = input(6, 0);
        SlowFakeAnnotator annotator = new SlowFakeAnnotator(Set.of(), Set.of());
        List<String> ids = new ArrayList<>();

        new ArticleBatch(annotator, extractor, 2).run(new ArticleReader(null), List.of(in),
                a -> a.id().equals("n2") || a.id().equals("n5"), p -> ids.add(label(p)));

        assertThat(ids).containsExactly("n1", "n3", "n4", "n6");
        assertThat(annotator.calls.get()).isEqualTo(4);
    }

    @Test
    void recordsAlreadyReadAreProcessedInOrderToo() {
        List<InputRecord> records = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            records.add(InputRecord.ok("mem", k, new Article("n" + k, "2025-04-11", null, null, null, "talks went on")));
        }
        records.add(10, InputRecord.failed("mem", 99, null, "not JSON"));
        SlowFakeAnnotator annotator = new SlowFakeAnnotator(Set.of("n15"), Set.of());
        List<String> labels = new ArrayList<>();

        new ArticleBatch(annotator, extractor, 3).runRecords(records, p -> labels.add(label(p)));

        assertThat(labels).hasSize(21);
        assertThat(labels.get(10)).isEqualTo("ISSUE:read:99");
        assertThat(labels.get(15)).isEqualTo("ISSUE:annotate:15");
        assertThat(labels.subList(0, 10)).containsExactly("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10");
        assertThat(labels.get(20)).isEqualTo("n20");
    }

    @Test
    void aBatchNeedsAtLeastOneThread() {
        assertThatThrownBy(() -> new ArticleBatch(a -> annotated(a), extractor, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
