package org.parley.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens and, when it was parsed, its dependency graph.
 *
 * @param index        position in the article, from 0
 * @param start        character offset of its first token
 * @param end          character offset just past its last token
 * @param tokens       its tokens in order
 * @param dependencies enhanced++ UD edges; empty when {@code parsed} is false
 * @param parsed       whether the dependency parser ran on it (Parley parses only sentences that can yield an extraction)
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        if (end < start) {
            throw new IllegalArgumentException("sentence " + index + " span [" + start + ", " + end + ") is not a span");
        }
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Edges whose governor is token {@code i}. */
    public List<Dependency> dependentsOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Edges whose dependent is token {@code i} (enhanced graphs may give a token several heads). */
    public List<Dependency> headsOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** The index of the token covering character {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (offset >= t.start() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
