package org.parley.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal forms that lookups compare, so that the tables and the text meet halfway.
 *
 * <p>Proper names keep their case (a lower-case "turkey" is food, "chad" a first name only when
 * capitalised, "US" is not "us"), but typography and a leading article do not count: curly apostrophes
 * become straight ones, diacritics are dropped ("Elysee" finds "Élysée"), runs of white space become one
 * space, and a leading "the"/"The" is ignored. Role phrases are compared in lower case with the same
 * rules, except that "the" is kept (it is part of "speaker of the house").
 */
public final class LookupKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private LookupKey() {
    }

    /** The key of a proper name: case kept, apostrophes, diacritics, spacing and a leading "the" normalised. */
    public static String name(String text) {
        String key = common(text);
        if ((key.startsWith("the ") || key.startsWith("The ")) && key.length() > 4) {
            key = key.substring(4);
        }
        return key;
    }

    /** The key of a role phrase: lower case, apostrophes, diacritics and spacing normalised. */
    public static String phrase(String text) {
        return common(text).toLowerCase(Locale.ROOT);
    }

    private static String common(String text) {
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u00A0', ' ');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        // NFD splits "Å" but leaves the compatibility forms alone; recompose what is left
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return SPACE.matcher(s.strip()).replaceAll(" ");
    }

    /** The name without a possessive ending ("Russia's" -> "Russia", "Philippines'" -> "Philippines"), or null. */
    static String withoutPossessive(String text) {
        String s = text.strip().replace('\u2019', '\'');
        if (s.endsWith("'s") && s.length() > 2) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'") && s.length() > 2) {
            return s.substring(0, s.length() - 1);
        }
        return null;
    }
}
