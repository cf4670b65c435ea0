package org.parley.extract.actors;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Actor;

/** Placeholder until the actor stage lands. */
public class ActorExtractor {
    public List<Actor> extract(AnnotatedArticle article) {
        return List.of();
    }
}
