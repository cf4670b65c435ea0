package org.parley.merge;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of article texts over word shingles, and the LSH band buckets that find candidate
 * near-duplicates without comparing every pair.
 *
 * <p>A text becomes the set of its {@value #SHINGLE_WORDS}-word shingles (words: runs of letters and digits,
 * lower-cased). Each shingle is hashed to 64 bits (FNV-1a), and each of the {@value #HASHES} signature slots
 * keeps the minimum of a different mix of those hashes (xor with a fixed per-slot seed, then the SplitMix64
 * finalizer: a cheap family that behaves like independent permutations for this purpose). The share of equal
 * slots between two signatures estimates the Jaccard similarity of the shingle sets (standard error about
 * {@code sqrt(J(1-J)/128)}, ±0.035 at J = 0.8).
 *
 * <p>Two texts are near-duplicates when the estimate is at least {@value #DUPLICATE_THRESHOLD}: a wire story
 * republished with another headline, byline or a trimmed last paragraph stays above it; two stories on the same
 * event written separately share few 5-word runs and fall far below. Candidates come from {@value #BANDS} bands
 * of {@value #ROWS_PER_BAND} slots: two texts share a bucket with probability {@code 1 - (1 - J^8)^16}: 0.95 at
 * J = 0.8, 0.9999 at J = 0.9, 0.08 at J = 0.5, so a pair just at the threshold is missed about 1 time in 20.
 *
 * <p>Stateless: thread-safe.
 */
public final class MinHash {

    public static final int HASHES = 128;
    public static final int BANDS = 16;
    public static final int ROWS_PER_BAND = HASHES / BANDS;
    public static final int SHINGLE_WORDS = 5;
    public static final double DUPLICATE_THRESHOLD = 0.8;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The signature of {@code text}; a text without words gets all slots at {@link Long#MAX_VALUE}. */
    public static long[] signature(String text) {
        List<String> words = words(text);
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        if (words.isEmpty()) {
            return sig;
        }
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i < shingles; i++) {
            long h = shingleHash(words, i, Math.min(words.size(), i + SHINGLE_WORDS));
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures: the share of equal slots. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != HASHES || b.length != HASHES) {
            throw new IllegalArgumentException("signatures of " + a.length + " and " + b.length + " slots, expected "
                    + HASHES);
        }
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One bucket id per band: texts sharing any bucket are candidate near-duplicates. */
    public static long[] buckets(long[] signature) {
        long[] buckets = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                h = mix(h ^ signature[b * ROWS_PER_BAND + r]);
            }
            buckets[b] = h;
        }
        return buckets;
    }

    /** The signature as text for storage (Base64 of the big-endian slots). */
    public static String encode(long[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long v : signature) {
            buf.putLong(v);
        }
        return Base64.getEncoder().encodeToString(buf.array());
    }

    /** The signature {@link #encode} wrote. */
    public static long[] decode(String stored) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        if (bytes.length != HASHES * Long.BYTES) {
            throw new IllegalArgumentException("stored signature has " + bytes.length + " bytes, expected "
                    + HASHES * Long.BYTES);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] sig = new long[HASHES];
        for (int k = 0; k < HASHES; k++) {
            sig[k] = buf.getLong();
        }
        return sig;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    private static long shingleHash(List<String> words, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            byte[] bytes = words.get(i).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                h ^= b & 0xff;
                h *= 0x100000001b3L;
            }
            h ^= ' '; // a word boundary, so "ab c" and "a bc" differ
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finalizer: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x5DEECE66DL;
        for (int k = 0; k < HASHES; k++) {
            s += 0x9E3779B97F4A7C15L;
            seeds[k] = mix(s);
        }
        return seeds;
    }
}
