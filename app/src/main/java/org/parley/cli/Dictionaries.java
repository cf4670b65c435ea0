package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.actors.ActorDictionary;

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
            return ArticleExtractor.withBuiltInKnowledge(ActorDictionary.read(actors));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor dictionary " + actors + ": " + e.getMessage(), e);
        }
    }
}
