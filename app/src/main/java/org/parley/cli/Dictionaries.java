package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.parley.extract.ArticleExtractor;

/** Builds the extractors with the user's dictionaries given on the command line. */
final class Dictionaries {

    private Dictionaries() {
    }

    /** @throws IllegalArgumentException naming the file and line of a bad dictionary entry */
    static ArticleExtractor extractor(Path actors) {
        if (actors == null) {
            return ArticleExtractor.withBuiltInKnowledge();
        }
        try {
            // from the file, not a parsed dictionary: the extractor then records the file's bytes in its provenance
            return ArticleExtractor.withBuiltInKnowledge(actors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + actors + ": " + e.getMessage(), e);
        }
    }
}
