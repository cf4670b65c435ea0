package org.parley.cameo;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The CAMEO verb lexicon: words and phrases news uses to report events ("called on ... to", "held talks",
 * "imposed sanctions on", "invasion of"), each with its CAMEO code and where its source and target are found.
 * Built for a dependency-based extractor: it looks a candidate head up by lemma, word class, the particles and
 * prepositions attached to it and the lemma of its object ({@link #match(LexiconQuery)}); the most specific
 * entry ({@link LexiconEntry#specificity(String)}) wins.
 *
 * <p>File format (UTF-8, tab-separated, '#' starts a comment line; a header row starting "lemma" is skipped):
 * <pre>
 * lemma   pos   particles   object   cameo   roles   example
 * </pre>
 * <ul>
 * <li>lemma: lower-case lemma; {@code a|b} lists alternatives sharing the rest of the line; several words name
 * a head (the last) with modifiers that must attach to it ({@code hunger strike}).</li>
 * <li>pos: VERB, NOUN or ADJ.</li>
 * <li>particles: {@code -}, or words joined by '+' that must all attach ({@code on+to} for "call on X to");
 * {@code on|for} lists alternative sets.</li>
 * <li>object: {@code -}, or the lemma the object or complement must have; {@code a|b} lists alternatives, any
 * of which will do ({@code agreement|deal|accord|treaty}).</li>
 * <li>cameo: a code of the codebook, or {@code none} to remove an entry read earlier (for user files).</li>
 * <li>roles: {@code -} for the defaults, else the notation of {@link Roles#parse}.</li>
 * <li>example: optional free text, an example phrasing.</li>
 * </ul>
 * Lemma and particle alternatives give one entry each; object alternatives stay together in one entry. An entry
 * with the same lemma, word class, particles and objects as an earlier one replaces it, and on an equal match the
 * entry read later wins, so a user file read after the built-in one ({@link #extendedWith}) overrides or adds. Plural and singular lemmas are treated
 * alike (a trailing "s" is ignored) because lemmatizers leave some plurals ("talks", "arms") as they are.
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class VerbLexicon {

    static final String RESOURCE = "verb_lexicon.tsv";

    private static final Pattern WORDS = Pattern.compile("[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}'-]*( [\\p{Ll}\\p{N}][\\p{Ll}\\p{N}'-]*)*");
    private static final Pattern PARTICLE = Pattern.compile("[a-z]+");

    private final CameoCodebook codebook;
    /** In precedence order: on an equal match, the entry later in this map wins. */
    private final Map<Key, LexiconEntry> entries;
    private final Map<String, List<Ranked>> byHead;

    private VerbLexicon(CameoCodebook codebook, Map<Key, LexiconEntry> entries) {
        this.codebook = codebook;
        this.entries = Collections.unmodifiableMap(entries);
        Map<String, List<Ranked>> index = new HashMap<>();
        int rank = 0;
        for (LexiconEntry entry : entries.values()) {
            Map<String, String> objects = new HashMap<>();
            entry.objects().forEach(o -> objects.put(foldWords(o), o));
            List<String> modifiers = new ArrayList<>();
            entry.modifiers().forEach(m -> modifiers.add(fold(m)));
            index.computeIfAbsent(fold(entry.head()), k -> new ArrayList<>())
                    .add(new Ranked(entry, rank++, Set.copyOf(entry.particles()), objects, modifiers));
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byHead = Collections.unmodifiableMap(index);
    }

    /** The lexicon shipped with Parley, its codes checked against the built-in codebook. */
    public static VerbLexicon loadBuiltIn() {
        return loadBuiltIn(CameoCodebook.loadBuiltIn());
    }

    /** The lexicon shipped with Parley, its codes checked against the given codebook. */
    public static VerbLexicon loadBuiltIn(CameoCodebook codebook) {
        try (Reader in = CameoCodebook.openResource(RESOURCE)) {
            return parse(in, RESOURCE, codebook);
        } catch (IOException e) {
            throw new CameoFormatException(RESOURCE, "cannot read the built-in verb lexicon", e);
        }
    }

    /**
     * Reads a lexicon file, checking its codes against the built-in codebook.
     *
     * @throws CameoFormatException naming the source and line of the first bad entry
     */
    public static VerbLexicon parse(Reader reader, String sourceName) {
        return parse(reader, sourceName, CameoCodebook.loadBuiltIn());
    }

    /**
     * Reads a lexicon file, checking its codes against the given codebook.
     *
     * @throws CameoFormatException naming the source and line of the first bad entry
     */
    public static VerbLexicon parse(Reader reader, String sourceName, CameoCodebook codebook) {
        Map<Key, LexiconEntry> entries = new LinkedHashMap<>();
        read(reader, sourceName, codebook, entries);
        return new VerbLexicon(codebook, entries);
    }

    /**
     * This lexicon with a further file read after it: its entries replace those with the same lemma, word class,
     * particles and objects, win ties against the rest, and remove those whose code it gives as {@code none}.
     *
     * @throws CameoFormatException naming the source and line of the first bad entry
     */
    public VerbLexicon extendedWith(Reader reader, String sourceName) {
        Map<Key, LexiconEntry> merged = new LinkedHashMap<>(entries);
        read(reader, sourceName, codebook, merged);
        return new VerbLexicon(codebook, merged);
    }

    /** Every entry, in precedence order (later wins a tie). */
    public List<LexiconEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /**
     * Whether any entry has this head lemma: a cheap pre-filter, so sentences without a possible trigger are
     * skipped before their dependencies are looked at.
     */
    public boolean mayTrigger(String lemma) {
        return lemma != null && byHead.containsKey(fold(lemma));
    }

    /** Every head lemma (folded: lower case, trailing plural "s" dropped) that may trigger an event. */
    public Set<String> triggerLemmas() {
        return byHead.keySet();
    }

    /** The best entry for a head with the given particles and direct object (null when it has none). */
    public Optional<LexiconMatch> match(String lemma, PartOfSpeech pos, Set<String> particles, String object) {
        return match(LexiconQuery.of(lemma, pos, particles, object));
    }

    /**
     * The best entry for a candidate trigger: of the entries with its head and word class whose particles all
     * attach, whose object (if any) is among the query's objects and whose modifiers (if any) are among its
     * modifiers, the most specific ({@link LexiconEntry#specificity(String)}); on a tie, the one read later.
     */
    public Optional<LexiconMatch> match(LexiconQuery query) {
        String[] lemmaWords = LexiconEntry.SPACES.split(query.lemma().trim().toLowerCase(Locale.ROOT));
        List<Ranked> candidates = byHead.get(fold(lemmaWords[lemmaWords.length - 1]));
        if (candidates == null) {
            return Optional.empty();
        }
        Set<String> particles = new HashSet<>();
        for (String p : query.particles()) {
            String lower = p.toLowerCase(Locale.ROOT);
            particles.add(lower);
            particles.addAll(List.of(lower.split("_")));
        }
        Set<String> objects = new HashSet<>();
        query.objects().forEach(o -> objects.add(foldWords(o)));
        Set<String> modifiers = new HashSet<>();
        query.modifiers().forEach(m -> modifiers.add(fold(m)));
        for (int i = 0; i < lemmaWords.length - 1; i++) {
            modifiers.add(fold(lemmaWords[i]));
        }
        Ranked best = null;
        String bestObject = null;
        int bestScore = -1;
        for (Ranked candidate : candidates) {
            LexiconEntry e = candidate.entry();
            if (e.pos() != query.pos() || !particles.containsAll(candidate.particles())
                    || !modifiers.containsAll(candidate.modifiers())) {
                continue;
            }
            String object = null;
            if (!candidate.objects().isEmpty()) {
                int objectWords = 0;
                for (String o : objects) {
                    String original = candidate.objects().get(o);
                    if (original != null && o.split(" ").length > objectWords) {
                        object = original;
                        objectWords = o.split(" ").length;
                    }
                }
                if (object == null) {
                    continue;
                }
            }
            int score = e.specificity(object);
            if (score > bestScore || (score == bestScore && candidate.rank() > best.rank())) {
                best = candidate;
                bestObject = object;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new LexiconMatch(best.entry(), bestObject, bestScore));
    }

    private static void read(Reader reader, String source, CameoCodebook codebook, Map<Key, LexiconEntry> entries) {
        for (CameoCodebook.TsvLine line : CameoCodebook.TsvLine.readAll(reader, source)) {
            if (line.isHeader("lemma")) {
                continue;
            }
            line.requireFields(5);
            if (line.fields().length > 7) {
                throw line.error("expected at most 7 tab-separated fields, found " + line.fields().length);
            }
            PartOfSpeech pos;
            try {
                pos = PartOfSpeech.parse(line.field(1));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            List<Set<String>> particleSets = new ArrayList<>();
            String particleField = line.field(2).toLowerCase(Locale.ROOT);
            for (String alternative : particleField.split("\\|")) {
                Set<String> particles = new LinkedHashSet<>();
                if (!alternative.trim().equals("-")) {
                    for (String p : alternative.split("\\+")) {
                        if (!PARTICLE.matcher(p.trim()).matches()) {
                            throw line.error("particle '" + p + "' is not a lower-case word");
                        }
                        particles.add(p.trim());
                    }
                }
                particleSets.add(particles);
            }
            Set<String> objects = new LinkedHashSet<>();
            String objectField = line.field(3).toLowerCase(Locale.ROOT);
            if (!objectField.equals("-")) {
                for (String o : objectField.split("\\|")) {
                    objects.add(words(line, o, "object"));
                }
            }
            String cameo = line.field(4);
            boolean remove = cameo.equalsIgnoreCase("none");
            if (!remove && !codebook.contains(cameo)) {
                throw line.error("CAMEO code '" + cameo + "' is not in the codebook");
            }
            String rolesField = line.fieldOrEmpty(5);
            for (Set<String> particles : particleSets) {
                Roles roles;
                try {
                    roles = Roles.parse(rolesField, pos, particles);
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
                Set<String> foldedObjects = new TreeSet<>();
                objects.forEach(o -> foldedObjects.add(foldWords(o)));
                for (String lemmaText : line.field(0).toLowerCase(Locale.ROOT).split("\\|")) {
                    String lemma = words(line, lemmaText, "lemma");
                    Key key = new Key(foldWords(lemma), pos, Set.copyOf(particles), Set.copyOf(foldedObjects));
                    entries.remove(key);
                    if (!remove) {
                        entries.put(key, new LexiconEntry(lemma, pos, particles, objects, cameo, roles, line.number()));
                    }
                }
            }
        }
    }

    private static String words(CameoCodebook.TsvLine line, String text, String what) {
        String t = String.join(" ", LexiconEntry.SPACES.split(text.trim()));
        if (!WORDS.matcher(t).matches()) {
            throw line.error(what + " '" + text + "' is not lower-case words (letters, digits, hyphens, apostrophes)");
        }
        return t;
    }

    /** Lower case, and a plural "s" dropped, so "talks" and "talk" (or "arms" and "arm") meet. */
    static String fold(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String foldWords(String words) {
        StringBuilder s = new StringBuilder();
        for (String w : LexiconEntry.SPACES.split(words.trim())) {
            s.append(s.length() == 0 ? "" : " ").append(fold(w));
        }
        return s.toString();
    }

    private record Key(String lemma, PartOfSpeech pos, Set<String> particles, Set<String> objects) {
    }

    /** An entry as the index holds it: its precedence and its constraints folded for matching. */
    private record Ranked(LexiconEntry entry, int rank, Set<String> particles, Map<String, String> objects,
                          List<String> modifiers) {
    }
}
