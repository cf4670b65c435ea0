package org.parley.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MinHash estimates against exact Jaccard similarity, and the bands that find candidates. */
class MinHashTest {

    private static String randomText(Random random, int words) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            w.add("w" + random.nextInt(5000));
        }
        return String.join(" ", w);
    }

    @Test
    void identicalTextsAgreeInEverySlotWhateverTheirCaseAndPunctuation() {
        long[] a = MinHash.signature("The minister said, on Monday: talks would resume in Geneva next week.");
        long[] b = MinHash.signature("THE MINISTER SAID on monday talks would resume in geneva next week");
        assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
        assertThat(MinHash.buckets(a)).containsExactly(MinHash.buckets(b));
    }

    @Test
    void estimateIsCloseToTheExactJaccardOfTheShingles() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            String base = randomText(random, 200);
            // replace a run of words at the end: the exact Jaccard of the 5-word shingles is computable
            String[] words = base.split(" ");
            int changed = 10 + random.nextInt(60);
            for (int i = words.length - changed; i < words.length; i++) {
                words[i] = "x" + i;
            }
            String edited = String.join(" ", words);
            double exact = exactJaccard(base, edited);
            double estimate = MinHash.similarity(MinHash.signature(base), MinHash.signature(edited));
            // four standard errors of a 128-slot estimate
            assertThat(Math.abs(estimate - exact)).as("J=%.2f estimate %.2f", exact, estimate)
                    .isLessThan(4 * Math.sqrt(exact * (1 - exact) / MinHash.HASHES) + 0.01);
        }
    }

    @Test
    void unrelatedTextsAreFarBelowTheThresholdAndRarelyShareABucket() {
        Random random = new Random(11);
        int sharing = 0;
        for (int trial = 0; trial < 50; trial++) {
            long[] a = MinHash.signature(randomText(random, 150));
            long[] b = MinHash.signature(randomText(random, 150));
            assertThat(MinHash.similarity(a, b)).isLessThan(0.1);
            long[] ba = MinHash.buckets(a);
            long[] bb = MinHash.buckets(b);
            for (int i = 0; i < MinHash.BANDS; i++) {
                if (ba[i] == bb[i]) {
                    sharing++;
                    break;
                }
            }
        }
        assertThat(sharing).isZero();
    }

    @Test
    void signaturesSurviveStorage() {
        long[] sig = MinHash.signature("a story about talks");
        assertThat(MinHash.decode(MinHash.encode(sig))).containsExactly(sig);
        assertThatThrownBy(() -> MinHash.decode("AAAA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bytes");
    }

    private static double exactJaccard(String a, String b) {
        java.util.Set<String> sa = shingles(a);
        java.util.Set<String> sb = shingles(b);
        java.util.Set<String> union = new java.util.HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return sa.size() / (double) union.size();
    }

    private static java.util.Set<String> shingles(String text) {
        List<String> w = MinHash.words(text);
        java.util.Set<String> s = new java.util.HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE_WORDS <= w.size(); i++) {
            s.add(String.join(" ", w.subList(i, i + MinHash.SHINGLE_WORDS)));
        }
        return s;
    }
}
