package org.parley.annotate;

import java.util.List;

/**
 * Decides, from the cheap layers (tokens, tags, NER), which sentences deserve the expensive ones (dependency
 * parsing). Parsing costs ~0.15 s CPU per article when done on every sentence, so this is where selectivity lives.
 */
public interface SentenceSelector {

    /** Whether the sentence made of these tokens (not yet parsed) is to be parsed. */
    boolean needsParse(List<Token> tokens);

    /** Parse every sentence. */
    SentenceSelector ALL = tokens -> true;
}
