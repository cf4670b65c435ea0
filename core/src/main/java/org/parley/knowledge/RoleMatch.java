package org.parley.knowledge;

import java.util.Objects;

/**
 * A role found in a token sequence by {@link ActorKnowledge#longestRoleAt}.
 *
 * @param role  the role
 * @param start index of the first token
 * @param end   index after the last token (a tokenizer that splits hyphens makes "secretary-general"
 *              three tokens, so this can differ from {@code start + role.words().size()})
 */
public record RoleMatch(Role role, int start, int end) {

    public RoleMatch {
        Objects.requireNonNull(role, "role");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("role match needs 0 <= start < end: " + start + ", " + end);
        }
    }

    /** How many tokens the role covers. */
    public int length() {
        return end - start;
    }
}
