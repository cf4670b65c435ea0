package org.parley.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.json.ParleyJson;

/**
 * Development aid, not a test: prints the cues found in sentences containing a phrase, and with a third argument
 * "parse" each token's head and relation. Usage: IN.jsonl PHRASE [parse].
 */
public final class QuoteDebug {

    private QuoteDebug() {
    }

    public static void main(String[] args) throws IOException {
        ReportedSpeechFinder finder = new ReportedSpeechFinder(CueLexicon.standard());
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.contains(args[1])) {
                    continue;
                }
                AnnotatedArticle a = ParleyJson.mapper().readValue(line, AnnotatedArticle.class);
                BitSet quoted = new BitSet();
                for (Quotation q : new QuotationScanner().scan(a.text())) {
                    quoted.set(q.openAt(), q.closeAt());
                }
                for (Sentence s : a.sentences()) {
                    String st = a.text().substring(s.start(), s.end());
                    if (st.contains(args[1])) {
                        System.out.println(st + "  parsed=" + s.parsed() + " quotedStart=" + quoted.get(s.start()));
                        if (args.length > 2) {
                            ParseTree tree = new ParseTree(s);
                            for (int i = 0; i < s.size(); i++) {
                                System.out.println("    " + i + " " + s.token(i).word() + "/" + s.token(i).pos() + " <-"
                                        + tree.relation(i) + "- " + tree.head(i));
                            }
                        }
                        for (CueMatch m : finder.find(s, a.text(), quoted)) {
                            System.out.println("  " + m.cue().text() + " src=" + (m.source() == null ? null
                                    : m.source().text()) + " content=" + (m.hasContent() ? a.text().substring(
                                    m.contentStart(), m.contentEnd()) : "-"));
                        }
                    }
                }
            }
        }
    }
}
