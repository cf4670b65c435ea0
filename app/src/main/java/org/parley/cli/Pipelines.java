package org.parley.cli;

import org.parley.annotate.SentenceSelector;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.CoreNlpConfig;

/** Builds the heavy, long-lived parts once per process, as the commands need them. */
final class Pipelines {

    private Pipelines() {
    }

    static CoreNlpAnnotator annotator() {
        return new CoreNlpAnnotator(CoreNlpConfig.defaults(), SentenceSelector.ALL);
    }
}
