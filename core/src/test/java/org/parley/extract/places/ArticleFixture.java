package org.parley.extract.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.article.Article;

/**
 * Builds small annotated articles by hand, as the CoreNLP adapter would: each sentence is written
 * as space-separated tokens {@code word}, {@code word/NER} or {@code word/NER/POS}. Without a
 * tag the NER is O; without a POS, capitalised words are NNP, a few function words get their
 * Penn tag, punctuation is itself, the rest NN. Punctuation and "'s" attach to the previous word.
 */
final class ArticleFixture {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "on", "of", "by", "with",
            "into", "for", "after");
    private static final Set<String> ATTACHED = Set.of(",", ".", "'s", ":", ";", "?", "!");

    private ArticleFixture() {
    }

    static AnnotatedArticle article(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String spec : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int sentenceStart = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String t : spec.trim().split(" +")) {
                String[] parts = t.split("/");
                String word = parts[0];
                String ner = parts.length > 1 ? parts[1] : "O";
                String pos = parts.length > 2 ? parts[2] : defaultPos(word);
                if (!tokens.isEmpty() && !ATTACHED.contains(word)) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(tokens.size(), word, start, text.length(), pos, word.toLowerCase(), ner));
            }
            out.add(new Sentence(out.size(), sentenceStart, text.length(), tokens, List.of(), false));
        }
        Article article = new Article("fixture", null, null, null, null, text.toString());
        return new AnnotatedArticle(article, out, List.of());
    }

    private static String defaultPos(String word) {
        if (ATTACHED.contains(word)) {
            return word.equals("'s") ? "POS" : word;
        }
        if (PREPOSITIONS.contains(word)) {
            return "IN";
        }
        if (word.equals("the") || word.equals("The")) {
            return "DT";
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }
}
