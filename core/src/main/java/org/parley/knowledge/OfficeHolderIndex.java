package org.parley.knowledge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds office holders by the words of a name as an article writes it.
 *
 * <p>A holder's name and each alias are folded into pieces (lower case, diacritics and the letters NFD leaves
 * alone such as "ı", "ł", "ø" spelled plainly, apostrophes and dots dropped, hyphens splitting: "Jong-un" is
 * "jong", "un"); the Arabic article "al"/"el" before a surname is ignored, so "al-Sisi", "el-Sisi" and "Sisi"
 * agree. The article's words are folded the same way. They match a form when their last pieces are equal and
 * every other piece appears, in order, among the form's earlier pieces, an initial standing for any piece it
 * starts ("George W. Bush" matches "Bush", "George Bush", "G. W. Bush", not "Jeb Bush"). A trailing "Jr."
 * or regnal number is ignored ("Charles III" is "Charles"); and when a form's last word follows "bin", "ibn",
 * "ben" or "ould" it is a father's name, so that word alone does not match ("Salman" is not Mohammed bin
 * Salman; "bin Salman" is).
 *
 * <p>Immutable after construction and safe to share between threads.
 */
final class OfficeHolderIndex {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PIECE_BREAK = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013]+");
    private static final Pattern DROPPED = Pattern.compile("['\u2018\u2019\u02BC\u02BB`.,()\"]");
    private static final Set<String> ARTICLES = Set.of("al", "el");
    /** "son of"/"daughter of": in "Mohammed bin Salman" the last word is the father's name, not a surname */
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "ben", "ould");
    /** generational suffixes and regnal numbers, which articles often leave off ("Marcos", "King Charles") */
    private static final Pattern SUFFIX = Pattern.compile("jr|sr|i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}");

    private final List<OfficeHolder> holders;
    /** last piece -> every (holder, form) whose form ends with it */
    private final Map<String, List<Form>> byLastPiece = new HashMap<>();

    OfficeHolderIndex(List<OfficeHolder> holders) {
        this.holders = List.copyOf(holders);
        for (int i = 0; i < this.holders.size(); i++) {
            OfficeHolder h = this.holders.get(i);
            for (String n : h.names()) {
                List<String> pieces = pieces(List.of(n));
                if (pieces.isEmpty()) {
                    throw new IllegalStateException("office holder '" + h.name() + "' has a name without letters: '"
                            + n + "'");
                }
                byLastPiece.computeIfAbsent(pieces.get(pieces.size() - 1), k -> new ArrayList<>())
                        .add(new Form(h, pieces, i));
            }
        }
    }

    List<OfficeHolder> holders() {
        return holders;
    }

    /** Every tenure of every holder whose name the words of this text are compatible with, in table order. */
    List<OfficeHolder> matching(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return matchingPieces(pieces(List.of(text)));
    }

    /**
     * The one holder these name words mean on this day: among the matching people, the one in office then;
     * failing that, the only matching person (in the tenure nearest the day). Empty when no one matches or
     * several people remain; with no day, only a name that a single person carries is accepted.
     */
    Optional<OfficeHolder> resolve(List<String> nameWords, LocalDate onDate) {
        if (nameWords == null || nameWords.isEmpty()) {
            return Optional.empty();
        }
        List<OfficeHolder> found = matchingPieces(pieces(nameWords));
        Map<String, List<OfficeHolder>> byPerson = new LinkedHashMap<>();
        for (OfficeHolder h : found) {
            byPerson.computeIfAbsent(personKey(h), k -> new ArrayList<>()).add(h);
        }
        if (byPerson.isEmpty()) {
            return Optional.empty();
        }
        if (onDate == null) {
            if (byPerson.size() != 1) {
                return Optional.empty();
            }
            // one person: the latest tenure says what they are now
            return byPerson.values().iterator().next().stream().max(Comparator.comparing(OfficeHolder::from));
        }
        List<List<OfficeHolder>> serving = byPerson.values().stream()
                .filter(tenures -> tenures.stream().anyMatch(h -> h.inOffice(onDate)))
                .toList();
        if (serving.size() == 1) {
            // on a handover day a person may hold two offices; the one begun last is the new one
            return serving.get(0).stream().filter(h -> h.inOffice(onDate))
                    .max(Comparator.comparing(OfficeHolder::from));
        }
        if (serving.isEmpty() && byPerson.size() == 1) {
            return Optional.of(nearest(byPerson.values().iterator().next(), onDate));
        }
        return Optional.empty();
    }

    private List<OfficeHolder> matchingPieces(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Form> forms = byLastPiece.getOrDefault(words.get(words.size() - 1), List.of());
        TreeMap<Integer, OfficeHolder> inTableOrder = new TreeMap<>();
        for (Form f : forms) {
            if (compatible(words, f.pieces())) {
                inTableOrder.put(f.position(), f.holder());
            }
        }
        return List.copyOf(inTableOrder.values());
    }

    /** The last tenure begun on or before the day, else the first one after it. */
    private static OfficeHolder nearest(List<OfficeHolder> tenures, LocalDate day) {
        return tenures.stream().filter(h -> !h.from().isAfter(day)).max(Comparator.comparing(OfficeHolder::from))
                .orElseGet(() -> tenures.stream().min(Comparator.comparing(OfficeHolder::from)).orElseThrow());
    }

    /** Same last piece; the other words in order among the form's first pieces, initials standing for a piece. */
    private static boolean compatible(List<String> words, List<String> form) {
        if (words.size() == 1 && form.size() > 1 && PATRONYMIC.contains(form.get(form.size() - 2))) {
            return false;
        }
        int j = 0;
        int formFirst = form.size() - 1;
        for (int i = 0; i < words.size() - 1; i++) {
            String w = words.get(i);
            while (j < formFirst && !agrees(w, form.get(j))) {
                j++;
            }
            if (j == formFirst) {
                return false;
            }
            j++;
        }
        return true;
    }

    private static boolean agrees(String word, String piece) {
        return word.equals(piece) || (word.length() == 1 && piece.startsWith(word));
    }

    private static String personKey(OfficeHolder h) {
        return String.join(" ", pieces(List.of(h.name())));
    }

    /**
     * The folded pieces of some words: the article "al"/"el" left out unless it is all there is, and trailing
     * suffixes ("jr", "iii") left out when something stays.
     */
    static List<String> pieces(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w == null) {
                continue;
            }
            String possessiveless = LookupKey.withoutPossessive(w);
            String folded = fold(possessiveless == null ? w : possessiveless);
            for (String p : PIECE_BREAK.split(folded)) {
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        List<String> kept = new ArrayList<>(out.stream().filter(p -> !ARTICLES.contains(p)).toList());
        if (kept.isEmpty()) {
            return out;
        }
        while (kept.size() > 1 && SUFFIX.matcher(kept.get(kept.size() - 1)).matches()) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ł' -> b.append('l');
                case 'ø' -> b.append('o');
                case 'đ', 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                default -> b.append(c);
            }
        }
        return DROPPED.matcher(b).replaceAll("");
    }

    private record Form(OfficeHolder holder, List<String> pieces, int position) {
    }
}
