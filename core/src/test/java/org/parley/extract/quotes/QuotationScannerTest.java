package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

    private final QuotationScanner scanner = new QuotationScanner();

    private static List<String> words(String text, List<Quotation> qs) {
        return qs.stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void curlyStraightAndTypewriterMarks() {
        String text = "“One,” she said. \"Two.\" He wrote ``three'' and ''four.''";
        assertThat(words(text, scanner.scan(text))).containsExactly("One,", "Two.", "three", "four.");
    }

    @Test
    void quoteReopenedInNextParagraphContinues() {
        String text = "He said: “First part.\n\n“Second part.”\n\nAfter.";
        List<Quotation> qs = scanner.scan(text);
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).paragraphs()).isEqualTo(2);
        assertThat(text.substring(qs.get(0).start(), qs.get(0).end())).startsWith("First").endsWith("Second part.");
    }

    @Test
    void aTranscriptTurnWithItsOwnSpeakerLabelStartsANewQuotation() {
        String text = "\"DOE: We will win.\n\n\"ROE: You will not.\n\n\"For sure: never.\n\nAfter.";
        assertThat(words(text, scanner.scan(text)))
                .containsExactly("DOE: We will win.", "ROE: You will not.\n\n\"For sure: never.");
        assertThat(QuotationScanner.opensWithSpeakerLabel("Chris Matthews: Well.", 0)).isTrue();
        assertThat(QuotationScanner.opensWithSpeakerLabel("He said: well.", 0)).isFalse();
        assertThat(QuotationScanner.opensWithSpeakerLabel("The Latest on the race: more.", 0)).isFalse();
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String text = "He said “this never closes.\n\nNext paragraph “here”.";
        assertThat(words(text, scanner.scan(text))).containsExactly("this never closes.", "here");
    }

    @Test
    void apostrophesAndSingleQuotesAreNotQuotations() {
        String text = "It’s ‘odd’ and Lyin' Ted's point.";
        assertThat(scanner.scan(text)).isEmpty();
    }
}
