package org.parley.extract.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which the {@link Gazetteer} files a name, so that the spellings news uses meet
 * the spellings the data has: case and diacritics ignored ("Sao Paulo" = "São Paulo"), curly
 * apostrophes straight, hyphens as spaces ("Ivano-Frankivsk"), "St." = "Saint", "Mt." = "Mount",
 * "Ft." = "Fort", a leading "the" dropped ("the Netherlands"), the marks transliterations use for
 * the Arabic ayn and hamza and the Hawaiian okina dropped ("‘Afrīn" = "Afrin", "Oʻahu" = "Oahu"),
 * as are apostrophes at the edges of a word. Abbreviations in capitals
 * ("U.S.", "UK", "DRC") keep their case, so "US" never meets "us": their key starts with '#'.
 * Stateless; pure functions.
 */
public final class PlaceNameKey {

    private static final int MAX_ABBREVIATION = 5;
    /** The Arabic article as romanised, assimilated forms included ("Ar Raqqah", "Ash Shariqah"). */
    private static final java.util.Set<String> ARABIC_ARTICLES = java.util.Set.of("al", "el", "ad", "adh", "ar",
            "as", "ash", "at", "ath", "az", "an", "ed", "er", "es", "et", "ez", "en");

    private PlaceNameKey() {
    }

    /** The key of {@code name}; empty when the name has no letters or digits. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = straightenApostrophes(name.strip());
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip(); // "The U.S." is "U.S."
        }
        String abbreviation = abbreviation(s);
        if (abbreviation != null) {
            return "#" + abbreviation;
        }
        String folded = fold(s).toLowerCase(Locale.ROOT);
        // one pass, no regular expressions: the gazetteer keys half a million names at load time
        StringBuilder key = new StringBuilder(folded.length() + 8);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && !isWordChar(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(folded.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            String w = expand(folded.substring(start, i));
            if (w.isEmpty() || (key.isEmpty() && w.equals("the"))) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(w);
        }
        return key.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '.';
    }

    /** Whether {@code name} is an abbreviation in capitals ("U.S.", "UAE"), matched case-sensitively. */
    public static boolean isAbbreviation(String name) {
        return name != null && abbreviation(straightenApostrophes(name.strip())) != null;
    }

    private static String abbreviation(String s) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters.append(c);
            } else if (c != '.') {
                return null;
            }
        }
        return letters.length() >= 2 && letters.length() <= MAX_ABBREVIATION ? letters.toString() : null;
    }

    private static String expand(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && word.charAt(from) == '\'') {
            from++;
        }
        while (to > from && word.charAt(to - 1) == '\'') {
            to--;
        }
        word = word.substring(from, to);
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return switch (bare) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "mt" -> "mount";
            case "ft" -> "fort";
            default -> bare.replace(".", "");
        };
    }

    private static String straightenApostrophes(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isTransliterationMark(s.charAt(i))) {
                StringBuilder kept = new StringBuilder(s.length());
                s.chars().filter(c -> !isTransliterationMark((char) c)).forEach(c -> kept.append((char) c));
                s = kept.toString();
                break;
            }
        }
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u2032', '\'').replace('`', '\'').replace('\u00B4', '\'');
    }

    /** ʻ ʿ ʾ: letters to Unicode, but nothing English spellings of the names write. */
    private static boolean isTransliterationMark(char c) {
        return c == '\u02BB' || c == '\u02BE' || c == '\u02BF';
    }

    /**
     * {@code key} without a leading Arabic definite article ("al qamishli" -> "qamishli", "ar
     * raqqah" -> "raqqah"), the form English text often uses; null when it has none or is only one.
     */
    static String withoutArabicArticle(String key) {
        int space = key.indexOf(' ');
        if (space <= 0 || space == key.length() - 1 || !ARABIC_ARTICLES.contains(key.substring(0, space))) {
            return null;
        }
        return key.substring(space + 1);
    }

    /** Diacritics removed; the Latin letters Unicode does not decompose spelled out. */
    static String fold(String s) {
        if (isPlainAscii(s)) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("Th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c == '`') {
                return false;
            }
        }
        return true;
    }
}
