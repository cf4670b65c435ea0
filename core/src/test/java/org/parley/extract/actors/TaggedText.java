package org.parley.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.article.Article;

/**
 * Builds an annotated article from tagged text as CoreNLP's tagging pipeline writes it, so actor fixtures need no
 * models. Tokens are {@code word/POS[/NER]} separated by spaces (NER "O" when left out); a token written
 * {@code ~word/POS} follows the previous one with no space ("Iraq ~'s/POS", "Trump ~,/,"); {@code ||} ends a
 * sentence. The article text is the words joined that way, so every offset is consistent with it by construction.
 * Lemmas are the lower-cased words: the actor stage does not read them.
 *
 * <p>The fixtures in {@link ActorExtractorTest} were tagged by CoreNLP 4.5.10 with Parley's own tagging
 * configuration (3-class CRF, fine-grained NER off), so "Supreme Leader" tagged ORGANIZATION is what the real
 * pipeline hands the extractor, not a typo.
 */
final class TaggedText {

    private TaggedText() {
    }

    static AnnotatedArticle article(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String sentenceSpec : tagged.split("\\|\\|")) {
            if (sentenceSpec.isBlank()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>();
            for (String spec : sentenceSpec.trim().split(" +")) {
                boolean glued = spec.startsWith("~");
                String[] f = (glued ? spec.substring(1) : spec).split("/", -1);
                if (f.length < 2 || f.length > 3 || f[0].isEmpty() || f[1].isEmpty()) {
                    throw new IllegalArgumentException("token spec '" + spec + "' is not word/POS[/NER]");
                }
                if (!text.isEmpty() && !glued) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(f[0]);
                String ner = f.length == 3 ? f[2] : "O";
                tokens.add(new Token(tokens.size(), f[0], start, text.length(), f[1], f[0].toLowerCase(Locale.ROOT), ner));
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                    tokens, List.of(), false));
        }
        Article article = new Article("fixture", "2025-04-11", null, null, null, text.toString());
        return new AnnotatedArticle(article, sentences, List.of());
    }
}
