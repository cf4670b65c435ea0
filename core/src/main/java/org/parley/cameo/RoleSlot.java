package org.parley.cameo;

import java.util.Locale;

/**
 * A place in the dependency graph of a trigger where an event's source or target is found.
 *
 * <p>Written in the lexicon as {@code subj} (nominal subject), {@code obj} (direct object), {@code iobj}
 * (indirect object), {@code poss} (possessor of a noun trigger: "Russia's invasion"), {@code mod} (a compound or
 * adjectival modifier of a noun trigger: "US sanctions", "Russian invasion") or {@code prep:X} (the noun attached
 * by preposition X, obl:X or nmod:X: "prep:of" in "invasion of Ukraine").
 *
 * @param kind        which relation
 * @param preposition the preposition for {@link Kind#PREPOSITION}, else null
 */
public record RoleSlot(Kind kind, String preposition) {

    /** The relations a slot can name. */
    public enum Kind {
        SUBJECT("subj"), OBJECT("obj"), INDIRECT_OBJECT("iobj"), POSSESSOR("poss"), MODIFIER("mod"), PREPOSITION("prep");

        private final String notation;

        Kind(String notation) {
            this.notation = notation;
        }

        public String notation() {
            return notation;
        }
    }

    public RoleSlot {
        if (kind == null) {
            throw new IllegalArgumentException("role slot needs a kind");
        }
        if ((kind == Kind.PREPOSITION) != (preposition != null && !preposition.isBlank())) {
            throw new IllegalArgumentException("a preposition is required for, and only for, a prep: slot (" + kind + ", " + preposition + ")");
        }
    }

    public static RoleSlot of(Kind kind) {
        return new RoleSlot(kind, null);
    }

    public static RoleSlot prep(String preposition) {
        return new RoleSlot(Kind.PREPOSITION, preposition.toLowerCase(Locale.ROOT));
    }

    /** Reads the lexicon notation: subj, obj, iobj, poss, mod or prep:X. */
    public static RoleSlot parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("prep:")) {
            String word = t.substring(5);
            if (!word.matches("[a-z]+(_[a-z]+)*")) {
                throw new IllegalArgumentException("role slot '" + text + "' needs a preposition after 'prep:'");
            }
            return prep(word);
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.PREPOSITION && kind.notation.equals(t)) {
                return of(kind);
            }
        }
        throw new IllegalArgumentException("role slot '" + text + "' is not subj, obj, iobj, poss, mod or prep:X");
    }

    @Override
    public String toString() {
        return kind == Kind.PREPOSITION ? "prep:" + preposition : kind.notation();
    }
}
