package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;

/**
 * {@link ArticleReader} on real files: good records become articles, every kind of bad record becomes one issue
 * naming file, line, id (when the record got far enough to have one) and reason, and the records after it are
 * still read.
 */
class ArticleReaderTest {

    @TempDir
    Path dir;

    private static final String GOOD_1 = "{\"id\":\"a1\",\"published\":\"2025-04-11\",\"title\":\"Talks\","
            + "\"source\":\"Wire\",\"url\":\"https://example.org/a1\",\"text\":\"Leaders met on Thursday.\"}";
    private static final String GOOD_2 = "{\"id\":\"a2\",\"published\":\"2025-04-12T08:30:00Z\","
            + "\"text\":\"Ministers met again.\"}";

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static List<InputRecord> read(ArticleReader reader, Path... inputs) {
        return reader.readAll(List.of(inputs));
    }

    private static List<InputRecord> read(Path... inputs) {
        return read(new ArticleReader(null), inputs);
    }

    private static List<Article> articles(List<InputRecord> records) {
        return records.stream().filter(InputRecord::isArticle).map(InputRecord::article).toList();
    }

    private static List<ProcessingIssue> issues(List<InputRecord> records) {
        return records.stream().filter(r -> !r.isArticle()).map(InputRecord::issue).toList();
    }

    // ---------------------------------------------------------------- good JSON Lines

    @Test
    void readsEveryFieldOfGoodRecordsWithTheirLineNumbers() throws IOException {
        Path f = write("news.jsonl", GOOD_1 + "\n" + GOOD_2 + "\n");
        List<InputRecord> records = read(f);

        assertThat(records).hasSize(2);
        assertThat(issues(records)).isEmpty();
        InputRecord first = records.get(0);
        assertThat(first.file()).isEqualTo(f.toString());
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.article()).isEqualTo(new Article("a1", "2025-04-11", "Talks", "Wire",
                "https://example.org/a1", "Leaders met on Thursday."));
        InputRecord second = records.get(1);
        assertThat(second.line()).isEqualTo(2);
        assertThat(second.article().id()).isEqualTo("a2");
        assertThat(second.article().published()).isEqualTo("2025-04-12T08:30:00Z");
        assertThat(second.article().publicationDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-04-12"));
        assertThat(second.article().title()).isNull();
        assertThat(second.article().url()).isNull();
    }

    @Test
    void lastLineWithoutNewlineIsRead() throws IOException {
        Path f = write("news.jsonl", GOOD_1 + "\n" + GOOD_2);
        assertThat(articles(read(f))).extracting(Article::id).containsExactly("a1", "a2");
    }

    @Test
    void aNumericIdIsTakenAsItsText() throws IOException {
        Path f = write("news.jsonl", "{\"id\":17,\"text\":\"Leaders met.\"}\n");
        assertThat(articles(read(f))).extracting(Article::id).containsExactly("17");
    }

    @Test
    void escapedCharactersInTextAreDecoded() throws IOException {
        Path f = write("news.jsonl", "{\"id\":\"q\",\"text\":\"\\\"We agree,\\\" he said.\\nKyiv \\u2014 more.\"}\n");
        assertThat(articles(read(f)).get(0).text()).isEqualTo("\"We agree,\" he said.\nKyiv \u2014 more.");
    }

    // ---------------------------------------------------------------- each bad record kind, batch goes on

    /** One bad line between two good ones: exactly one issue with the expected content, both good ones read. */
    private ProcessingIssue onlyIssueAmongGood(byte[] badLine, String expectedId) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(badLine);
        b.writeBytes(("\n" + GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8));
        Path f = write("batch.jsonl", b.toByteArray());

        List<InputRecord> records = read(f);

        assertThat(articles(records)).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(records.get(2).line()).as("the record after the bad one keeps its own line number").isEqualTo(3);
        List<ProcessingIssue> issues = issues(records);
        assertThat(issues).hasSize(1);
        ProcessingIssue issue = issues.get(0);
        assertThat(records.get(1).issue()).as("issues come in input order").isSameAs(issue);
        assertThat(issue.file()).isEqualTo(f.toString());
        assertThat(issue.line()).isEqualTo(2);
        assertThat(issue.recordId()).isEqualTo(expectedId);
        assertThat(issue.stage()).isEqualTo("read");
        assertThat(issue.describe()).startsWith(f + ":2");
        return issue;
    }

    private ProcessingIssue onlyIssueAmongGood(String badLine, String expectedId) throws IOException {
        return onlyIssueAmongGood(badLine.getBytes(StandardCharsets.UTF_8), expectedId);
    }

    @Test
    void emptyTextIsAnIssueWithTheId() throws IOException {
        ProcessingIssue i = onlyIssueAmongGood("{\"id\":\"e1\",\"text\":\"   \"}", "e1");
        assertThat(i.reason()).isEqualTo("text is empty");
        assertThat(i.describe()).contains("(id e1)").endsWith("read: text is empty");
    }

    @Test
    void aLineThatIsNotJsonIsAnIssue() throws IOException {
        ProcessingIssue i = onlyIssueAmongGood("{\"id\":\"x\", \"text\": \"unterminated", null);
        assertThat(i.reason()).startsWith("not JSON");
    }

    @Test
    void plainProseIsNotJson() throws IOException {
        ProcessingIssue i = onlyIssueAmongGood("Leaders met on Thursday.", null);
        assertThat(i.reason()).startsWith("not JSON");
    }

    @Test
    void aJsonArrayLineIsNotAnObject() throws IOException {
        ProcessingIssue i = onlyIssueAmongGood("[{\"id\":\"x\",\"text\":\"in an array\"}]", null);
        assertThat(i.reason()).isEqualTo("not a JSON object");
    }

    @Test
    void aJsonScalarLineIsNotAnObject() throws IOException {
        assertThat(onlyIssueAmongGood("\"just a string\"", null).reason()).isEqualTo("not a JSON object");
        assertThat(onlyIssueAmongGood("null", null).reason()).isEqualTo("not a JSON object");
    }

    @Test
    void missingIdIsAnIssue() throws IOException {
        assertThat(onlyIssueAmongGood("{\"text\":\"No id here.\"}", null).reason()).isEqualTo("missing id");
        assertThat(onlyIssueAmongGood("{\"id\":\"\",\"text\":\"Blank id.\"}", null).reason()).isEqualTo("missing id");
        assertThat(onlyIssueAmongGood("{\"id\":null,\"text\":\"Null id.\"}", null).reason()).isEqualTo("missing id");
    }

    @Test
    void missingTextIsAnIssueWithTheId() throws IOException {
        assertThat(onlyIssueAmongGood("{\"id\":\"m1\",\"title\":\"Headline only\"}", "m1").reason())
                .isEqualTo("missing text");
        assertThat(onlyIssueAmongGood("{\"id\":\"m2\",\"text\":null}", "m2").reason()).isEqualTo("missing text");
    }

    @Test
    void textThatIsNotAStringIsAnIssueWithTheId() throws IOException {
        assertThat(onlyIssueAmongGood("{\"id\":\"n1\",\"text\":42}", "n1").reason()).isEqualTo("text is not a string");
        assertThat(onlyIssueAmongGood("{\"id\":\"n2\",\"text\":[\"para 1\",\"para 2\"]}", "n2").reason())
                .isEqualTo("text is not a string");
        assertThat(onlyIssueAmongGood("{\"id\":\"n3\",\"text\":{\"body\":\"x\"}}", "n3").reason())
                .isEqualTo("text is not a string");
    }

    @Test
    void invalidUtf8InOneLineIsAnIssueAndTheOtherLinesAreRead() throws IOException {
        byte[] prefix = "{\"id\":\"u1\",\"text\":\"caf".getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = "\"}".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes(prefix);
        bad.write(0xC3); // a lead byte followed by '(' is not UTF-8 ("café" in a Latin-1 file would be 0xE9)
        bad.write('(');
        bad.write(0xFF); // never valid in UTF-8
        bad.writeBytes(suffix);
        ProcessingIssue i = onlyIssueAmongGood(bad.toByteArray(), null);
        assertThat(i.reason()).isEqualTo("invalid UTF-8");
    }

    @Test
    void nulBytesInALineAreBinaryData() throws IOException {
        byte[] bad = {'{', 0, 0, 0, 'x', 0};
        assertThat(onlyIssueAmongGood(bad, null).reason()).contains("binary").contains("NUL");
    }

    @Test
    void aBinaryFileBecomesIssuesAndTheNextFileIsStillRead() throws IOException {
        // a gzip-like header with NULs and no newline: one line, one issue
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i % 64);
        }
        binary[0] = 0x1f;
        binary[1] = (byte) 0x8b;
        Path bin = write("archive.jsonl", binary);
        Path good = write("news.jsonl", GOOD_1 + "\n");

        List<InputRecord> records = read(bin, good);

        assertThat(records).hasSize(2);
        ProcessingIssue issue = records.get(0).issue();
        assertThat(issue).isNotNull();
        assertThat(issue.file()).isEqualTo(bin.toString());
        assertThat(issue.line()).isEqualTo(1);
        assertThat(issue.reason()).contains("NUL");
        assertThat(records.get(1).article().id()).isEqualTo("a1");
    }

    @Test
    void aFiveMegabyteSingleLineArticleIsReadWhole() throws IOException {
        // the reader must not refuse it: limits on text length belong to the annotator, which says why
        StringBuilder text = new StringBuilder(5_100_000);
        String sentence = "Delegates from both sides met again on Thursday and agreed to talk next week. ";
        while (text.length() < 5_000_000) {
            text.append(sentence);
        }
        String json = "{\"id\":\"huge\",\"published\":\"2025-04-11\",\"text\":\"" + text + "\"}";
        Path f = write("huge.jsonl", GOOD_1 + "\n" + json + "\n" + GOOD_2 + "\n");

        List<InputRecord> records = read(f);

        assertThat(issues(records)).isEmpty();
        assertThat(articles(records)).extracting(Article::id).containsExactly("a1", "huge", "a2");
        assertThat(records.get(1).article().text()).hasSize(text.length()).isEqualTo(text.toString());
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        Path f = write("news.jsonl", "\n" + GOOD_1 + "\n   \n\t\n" + GOOD_2 + "\n\n");
        List<InputRecord> records = read(f);
        assertThat(issues(records)).isEmpty();
        assertThat(records).extracting(InputRecord::line).containsExactly(2L, 5L);
    }

    @Test
    void crlfLineEndsAreNotPartOfTheRecord() throws IOException {
        String withCr = "{\"id\":\"c1\",\"text\":\"First.\"}\r\n\r\n{\"id\":\"c2\",\"text\":\"Second.\"}\r\n";
        Path f = write("windows.jsonl", withCr);
        List<InputRecord> records = read(f);
        assertThat(issues(records)).isEmpty();
        assertThat(articles(records)).extracting(Article::id).containsExactly("c1", "c2");
        assertThat(articles(records)).extracting(Article::text).containsExactly("First.", "Second.");
        assertThat(records).extracting(InputRecord::line).containsExactly(1L, 3L);
    }

    @Test
    void aByteOrderMarkBeforeTheFirstRecordIsIgnored() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes((GOOD_1 + "\n" + GOOD_2 + "\n").getBytes(StandardCharsets.UTF_8));
        Path f = write("bom.jsonl", b.toByteArray());
        List<InputRecord> records = read(f);
        assertThat(issues(records)).isEmpty();
        assertThat(articles(records)).extracting(Article::id).containsExactly("a1", "a2");
    }

    @Test
    void aMissingFileIsAnIssueNotAnException() {
        Path missing = dir.resolve("nope.jsonl");
        List<InputRecord> records = read(missing);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).issue().file()).isEqualTo(missing.toString());
        assertThat(records.get(0).issue().reason()).isEqualTo("no such file");
    }

    @Test
    void publishedIsNullWhenTheRecordHasNoneAndNoDefaultIsGiven() throws IOException {
        Path f = write("news.jsonl", "{\"id\":\"x\",\"text\":\"Undated.\"}\n");
        Article a = articles(read(f)).get(0);
        assertThat(a.published()).isNull();
        assertThat(a.publicationDate()).isEmpty();
    }

    @Test
    void readsFromAStreamUnderTheGivenName() throws IOException {
        List<InputRecord> out = new ArrayList<>();
        byte[] bytes = (GOOD_1 + "\nnot json\n").getBytes(StandardCharsets.UTF_8);
        new ArticleReader(null).readJsonLines("stdin", new ByteArrayInputStream(bytes), out::add);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).article().id()).isEqualTo("a1");
        assertThat(out.get(1).issue().describe()).startsWith("stdin:2: read: not JSON");
    }

    // ---------------------------------------------------------------- plain text files

    @Test
    void aTextFileIsOneArticleNamedByItsFileWithTheGivenDate() throws IOException {
        Path f = write("kyiv-talks.txt", "Kyiv — Ministers met on Monday.\nThey agreed to meet again.\n");
        List<InputRecord> records = read(new ArticleReader("2025-04-11"), f);
        assertThat(records).hasSize(1);
        InputRecord r = records.get(0);
        assertThat(r.line()).isZero();
        assertThat(r.file()).isEqualTo(f.toString());
        assertThat(r.article()).isEqualTo(new Article("kyiv-talks", "2025-04-11", null, null, null,
                "Kyiv — Ministers met on Monday.\nThey agreed to meet again.\n"));
    }

    @Test
    void aTextFileWithoutADateHasNoPublicationDate() throws IOException {
        Path f = write("undated.txt", "Ministers met.");
        Article a = articles(read(f)).get(0);
        assertThat(a.published()).isNull();
    }

    @Test
    void aTextFileLosesItsByteOrderMarkButKeepsItsCrlf() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes("Line one.\r\nLine two.".getBytes(StandardCharsets.UTF_8));
        Path f = write("bom.txt", b.toByteArray());
        // offsets point into the text as stored: the reader must not rewrite line ends
        assertThat(articles(read(f)).get(0).text()).isEqualTo("Line one.\r\nLine two.");
    }

    @Test
    void anEmptyTextFileIsAnIssueWithItsId() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\n\t");
        List<InputRecord> records = read(empty, blank);
        assertThat(records).hasSize(2);
        for (int k = 0; k < 2; k++) {
            ProcessingIssue i = records.get(k).issue();
            assertThat(i).isNotNull();
            assertThat(i.reason()).isEqualTo("text is empty");
            assertThat(i.line()).isZero();
        }
        assertThat(records.get(0).issue().recordId()).isEqualTo("empty");
        assertThat(records.get(1).issue().recordId()).isEqualTo("blank");
        assertThat(records.get(0).issue().describe()).isEqualTo(empty + " (id empty): read: text is empty");
    }

    @Test
    void aBinaryOrNonUtf8TextFileIsAnIssue() throws IOException {
        Path bin = write("scan.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 0});
        Path latin1 = write("latin1.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, '.'});
        List<InputRecord> records = read(bin, latin1);
        assertThat(records).extracting(r -> r.issue().reason())
                .containsExactly("binary file (NUL bytes), not text", "invalid UTF-8");
        assertThat(records).extracting(r -> r.issue().recordId()).containsExactly("scan", "latin1");
    }

    // ---------------------------------------------------------------- directories

    @Test
    void aDirectoryOfMixedFilesIsReadInSortedPathOrder() throws IOException {
        Path in = dir.resolve("in");
        write("in/b-wire.jsonl", GOOD_1 + "\nbroken\n" + GOOD_2 + "\n");
        write("in/a-note.txt", "A note filed first.");
        write("in/c/d-deep.txt", "A note in a subdirectory.");
        write("in/c-feed.ndjson", "{\"id\":\"nd\",\"text\":\"From ndjson.\"}\n");
        write("in/README.md", "not an article file");
        write("in/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});

        List<InputRecord> records = read(new ArticleReader("2025-01-02"), in);

        assertThat(records).extracting(r -> r.isArticle() ? r.article().id() : "ISSUE:" + r.line())
                .containsExactly("a-note", "a1", "ISSUE:2", "a2", "nd", "d-deep");
        assertThat(records).extracting(r -> dir.relativize(Path.of(r.file())).toString().replace('\\', '/'))
                .containsExactly("in/a-note.txt", "in/b-wire.jsonl", "in/b-wire.jsonl", "in/b-wire.jsonl",
                        "in/c-feed.ndjson", "in/c/d-deep.txt"); // '-' sorts before '/'

        assertThat(records.get(0).article().published()).isEqualTo("2025-01-02");
    }

    @Test
    void severalInputsAreReadInTheOrderGiven() throws IOException {
        Path z = write("z.jsonl", GOOD_2 + "\n");
        Path a = write("a.jsonl", GOOD_1 + "\n");
        assertThat(articles(read(z, a))).extracting(Article::id).containsExactly("a2", "a1");
    }
}
