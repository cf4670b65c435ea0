package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.article.Article;

/**
 * Builds small hand-made annotated articles for tests. Tokens are written {@code word/POS/lemma[/NER]} separated by
 * spaces; a word starting with {@code ~} is glued to the one before (no space). Dependencies are written
 * {@code relation governor dependent} separated by commas, with token indexes from 0 and -1 for the root.
 */
final class ArticleFixture {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();

    /** Adds a sentence in the current paragraph. */
    ArticleFixture sentence(String tokens, String deps) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        List<Token> list = new ArrayList<>();
        int i = 0;
        for (String spec : tokens.trim().split(" +")) {
            boolean glued = spec.startsWith("~");
            String[] f = (glued ? spec.substring(1) : spec).split("/");
            if (i > 0 && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            String ner = f.length > 3 ? f[3] : "O";
            list.add(new Token(i++, f[0], start, text.length(), f[1], f.length > 2 ? f[2] : f[0].toLowerCase(), ner));
        }
        List<Dependency> edges = new ArrayList<>();
        if (!deps.isBlank()) {
            for (String e : deps.split(",")) {
                String[] f = e.trim().split(" +");
                edges.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            }
        }
        sentences.add(new Sentence(sentences.size(), list.get(0).start(), list.get(list.size() - 1).end(), list, edges,
                !edges.isEmpty()));
        return this;
    }

    /** Starts a new paragraph. */
    ArticleFixture paragraph() {
        text.append("\n\n");
        return this;
    }

    AnnotatedArticle build() {
        Article article = new Article("fixture", null, "", "", "", text.toString());
        return new AnnotatedArticle(article, sentences, List.of());
    }
}
