package org.parley.knowledge;

import java.util.List;
import java.util.Objects;
import org.parley.extract.ActorKind;

/**
 * A role word or phrase and what it says about the actor it describes.
 *
 * @param phrase lower case, words separated by single spaces ("foreign minister", "troops")
 * @param sector CAMEO role code (GOV, MIL, REB, ...), or null when the role alone says nothing about the
 *               sector ("spokesman", "leader": the organization it is attached to decides)
 * @param kind   PERSON for a person's role, GROUP for a plural of people ("troops", "officials"),
 *               ORGANIZATION for an institution ("army", "court")
 * @param weight 3 when the role alone fixes the sector, 2 when it usually does, 1 when it is only a hint
 *               that an attached organization or country should override
 * @param title  true when the word is written before a name as a title ("President", "Gen.")
 */
public record Role(String phrase, String sector, ActorKind kind, int weight, boolean title) {

    public Role {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(kind, "kind");
        if (phrase.isBlank() || !phrase.equals(LookupKey.phrase(phrase))) {
            throw new IllegalArgumentException("role phrase must be lower case with single spaces: '" + phrase + "'");
        }
        if (sector != null && sector.isBlank()) {
            sector = null;
        }
        if (weight < 1 || weight > 3) {
            throw new IllegalArgumentException("role '" + phrase + "': weight must be 1, 2 or 3, not " + weight);
        }
        if (kind == ActorKind.COUNTRY) {
            throw new IllegalArgumentException("role '" + phrase + "' cannot be of kind COUNTRY");
        }
    }

    /** The phrase's words. */
    public List<String> words() {
        return List.of(phrase.split(" "));
    }
}
