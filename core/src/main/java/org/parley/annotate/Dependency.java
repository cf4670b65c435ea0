package org.parley.annotate;

/**
 * One edge of a sentence's enhanced++ Universal Dependencies graph.
 *
 * @param relation  the relation name with its subtype ("nsubj", "obl:with", "compound:prt")
 * @param governor  index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token in the sentence
 */
public record Dependency(String relation, int governor, int dependent) {

    public Dependency {
        if (dependent < 0 || governor < -1) {
            throw new IllegalArgumentException("dependency " + relation + " " + governor + "->" + dependent + " has a bad index");
        }
    }

    /** The relation without its subtype: "obl" for "obl:with". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
