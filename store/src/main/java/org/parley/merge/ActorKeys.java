package org.parley.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;

/**
 * The identity of an actor across articles: the registry key two article actors must share to be one actor.
 *
 * <ul>
 *   <li>States, and state organs and international organizations that carry a CAMEO code (sectors GOV, MIL, LEG,
 *       JUD, COP, SPY, IGO), are keyed by that code: "Kremlin" and "Russian Government" (both RUSGOV) are one
 *       actor, as CAMEO coding treats them. A state without a code is keyed by its ISO country.</li>
 *   <li>People are keyed by full name (accents, case and dots ignored) and country: "Donald Trump"/USA. A
 *       one-word name (a surname alone) is ambiguous: it is only linked to an already registered person when
 *       exactly one person of that country has that last name ({@link #surname}); otherwise it stays an actor of
 *       its own article ({@link #articleScoped}).</li>
 *   <li>Other organizations and groups (media, companies, parties, rebels, NGOs) are keyed by name and country:
 *       two newspapers share the code USAMED but are not one actor.</li>
 * </ul>
 *
 * <p>Stateless: thread-safe.
 */
public final class ActorKeys {

    /** Sectors whose CAMEO code names one actor: a state's organs and the international organizations. */
    private static final Set<String> CODED_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO");

    private ActorKeys() {
    }

    /**
     * The registry key of {@code actor}, or null when it is a person known by one word only: the caller then
     * tries {@link #surname} against the registry and falls back to {@link #articleScoped}.
     */
    public static String key(Actor actor) {
        String country = actor.country() == null ? "" : actor.country().toUpperCase(Locale.ROOT);
        String code = actor.code() == null || actor.code().isBlank() ? null : actor.code().toUpperCase(Locale.ROOT);
        String sector = actor.sector() == null ? "" : actor.sector().toUpperCase(Locale.ROOT);
        return switch (actor.kind()) {
            case COUNTRY -> code != null ? "code:" + code
                    : !country.isEmpty() ? "code:" + country : "name:" + normalize(actor.name());
            case PERSON -> {
                String name = normalize(actor.name());
                yield name.indexOf(' ') < 0 ? null : "person:" + name + "|" + country;
            }
            case ORGANIZATION, GROUP -> code != null && CODED_SECTORS.contains(sector) ? "code:" + code
                    : (actor.kind() == ActorKind.GROUP ? "group:" : "org:") + normalize(actor.name()) + "|" + country;
        };
    }

    /** The one-word name of a person {@link #key} gave no key, normalized, for matching registered last names. */
    public static String surname(Actor actor) {
        return normalize(actor.name());
    }

    /** A key that belongs to one article only: an ambiguous actor kept apart from everyone else. */
    public static String articleScoped(Actor actor, String articleId) {
        return "local:" + articleId + "|" + actor.id();
    }

    /** A key for an actor id an event names but the article does not list. */
    public static String unknown(String articleId, String actorId) {
        return "local:" + articleId + "|" + actorId;
    }

    /** Lower case, accents and dots dropped, runs of spaces and hyphens one space: "Zelenskyy", "ZELENSKYY". */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("[\\s\\-‐–]+", " ").trim();
    }

    /** A non-negative 63-bit id for a merge key: stable across recomputations and stores (from its SHA-256). */
    public static long uid(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
