package org.parley.extract.quotes;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Quote;
import org.parley.extract.actors.ActorIndex;

/** Placeholder until the quote stage lands. */
public class QuoteExtractor {
    public List<Quote> extract(AnnotatedArticle article, ActorIndex actors) {
        return List.of();
    }
}
