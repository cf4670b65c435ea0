package org.parley.extract.places;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Place;

/** Placeholder until the place stage lands. */
public class PlaceExtractor {
    public List<Place> extract(AnnotatedArticle article) {
        return List.of();
    }
}
