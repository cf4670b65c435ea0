package org.parley.cameo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a trigger's source and target actors are found, each as slots in order of preference (the first slot
 * that is filled in the sentence wins), and whether the event is symmetric ("talks between X and Y", "X and Y
 * met": both parties act on each other, so the extractor may code it both ways).
 *
 * <p>Lexicon notation: {@code source=poss|mod|prep:by;target=prep:of}, {@code target=prep:with;symmetric},
 * {@code target=none}, or {@code -} for the defaults of {@link #defaults(PartOfSpeech, Set)}. Voice is not
 * the lexicon's business: the extractor maps a passive's agent and subject back onto subj and obj.
 *
 * @param source    slots for the source actor, never empty
 * @param target    slots for the target actor, possibly empty (no target)
 * @param symmetric whether source and target act on each other
 */
public record Roles(List<RoleSlot> source, List<RoleSlot> target, boolean symmetric) {

    public Roles {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty()) {
            throw new IllegalArgumentException("roles need at least one source slot");
        }
    }

    /**
     * The roles an entry gets when its lexicon line gives none. Verbs and adjectives: source is the subject,
     * target the direct object or else the noun after one of the entry's particles ("call on X", "pull out of
     * X"). Nouns: source is the possessor, a modifier or the "by" phrase; target the noun after one of the
     * entry's particles, or else after against/on/to/with.
     */
    public static Roles defaults(PartOfSpeech pos, Set<String> particles) {
        List<RoleSlot> target = new ArrayList<>();
        if (pos == PartOfSpeech.NOUN) {
            particles.forEach(p -> target.add(RoleSlot.prep(p)));
            if (target.isEmpty()) {
                for (String p : List.of("against", "on", "to", "with")) {
                    target.add(RoleSlot.prep(p));
                }
            }
            return new Roles(List.of(RoleSlot.of(RoleSlot.Kind.POSSESSOR), RoleSlot.of(RoleSlot.Kind.MODIFIER),
                    RoleSlot.prep("by")), target, false);
        }
        target.add(RoleSlot.of(RoleSlot.Kind.OBJECT));
        particles.forEach(p -> target.add(RoleSlot.prep(p)));
        return new Roles(List.of(RoleSlot.of(RoleSlot.Kind.SUBJECT)), target, false);
    }

    /**
     * Reads the lexicon notation; a part left out ("target=prep:with" says nothing of the source) keeps its
     * default.
     *
     * @throws IllegalArgumentException when the notation cannot be read
     */
    public static Roles parse(String text, PartOfSpeech pos, Set<String> particles) {
        Roles defaults = defaults(pos, particles);
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equals("-")) {
            return defaults;
        }
        List<RoleSlot> source = defaults.source();
        List<RoleSlot> target = defaults.target();
        boolean symmetric = false;
        for (String part : t.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equalsIgnoreCase("symmetric")) {
                symmetric = true;
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("roles part '" + p + "' is not source=..., target=... or symmetric");
            }
            String key = p.substring(0, eq).trim();
            List<RoleSlot> slots = slots(p.substring(eq + 1));
            if (key.equalsIgnoreCase("source")) {
                if (slots.isEmpty()) {
                    throw new IllegalArgumentException("an event needs a source: 'source=none' is not allowed");
                }
                source = slots;
            } else if (key.equalsIgnoreCase("target")) {
                target = slots;
            } else {
                throw new IllegalArgumentException("roles key '" + key + "' is not source or target");
            }
        }
        return new Roles(source, target, symmetric);
    }

    private static List<RoleSlot> slots(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none")) {
            return List.of();
        }
        List<RoleSlot> slots = new ArrayList<>();
        for (String slot : t.split("\\|")) {
            slots.add(RoleSlot.parse(slot));
        }
        return slots;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("source=");
        join(s, source);
        s.append(";target=");
        if (target.isEmpty()) {
            s.append("none");
        } else {
            join(s, target);
        }
        if (symmetric) {
            s.append(";symmetric");
        }
        return s.toString();
    }

    private static void join(StringBuilder s, List<RoleSlot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            s.append(i == 0 ? "" : "|").append(slots.get(i));
        }
    }
}
