package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.article.Article;
import org.parley.json.ParleyJson;

/**
 * Reads articles from JSON Lines files ({@code id, published, title, source, url, text}), plain text files (id
 * from the file name) and directories of either, streaming one record at a time so memory stays bounded.
 *
 * <p>Every bad record becomes an {@link InputRecord} carrying a {@link ProcessingIssue} naming the file, line,
 * id when known, and reason: invalid UTF-8, a line that is not a JSON object, a missing id, empty text, a binary
 * file, a line over {@link #MAX_LINE_BYTES}. Not thread-safe; use one reader per thread.
 */
public final class ArticleReader {

    /** A line longer than this is refused rather than read into memory. */
    public static final int MAX_LINE_BYTES = 64 << 20;

    private final String defaultPublished;

    /** @param defaultPublished publication date given to plain text files ({@code --date}), or null */
    public ArticleReader(String defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    /** Reads every record of the given files and directories (directories: their .jsonl, .json and .txt files, sorted). */
    public void read(List<Path> inputs, Consumer<InputRecord> sink) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(input)) {
                    files = s.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
                } catch (IOException e) {
                    sink.accept(InputRecord.failed(input.toString(), 0, null, "cannot list directory: " + e.getMessage()));
                    continue;
                }
                files.forEach(f -> readFile(f, sink));
            } else {
                readFile(input, sink);
            }
        }
    }

    private static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".txt") || n.endsWith(".ndjson");
    }

    /** Reads one file, as JSON Lines unless its name ends in .txt. */
    public void readFile(Path file, Consumer<InputRecord> sink) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            sink.accept(InputRecord.failed(name, 0, null, "no such file"));
            return;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            readText(file, sink);
        } else {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                readJsonLines(name, in, sink);
            } catch (IOException e) {
                sink.accept(InputRecord.failed(name, 0, null, "cannot read: " + e.getMessage()));
            }
        }
    }

    private void readText(Path file, Consumer<InputRecord> sink) {
        String name = file.toString();
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - 4);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            sink.accept(InputRecord.failed(name, 0, id, "cannot read: " + e.getMessage()));
            return;
        }
        if (looksBinary(bytes, bytes.length)) {
            sink.accept(InputRecord.failed(name, 0, id, "binary file (NUL bytes), not text"));
            return;
        }
        String text;
        try {
            text = decode(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            sink.accept(InputRecord.failed(name, 0, id, "invalid UTF-8"));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            sink.accept(InputRecord.failed(name, 0, id, "text is empty"));
            return;
        }
        sink.accept(InputRecord.ok(name, 0, new Article(id, defaultPublished, null, null, null, text)));
    }

    /** Reads JSON Lines from a stream; {@code name} names it in issues. */
    public void readJsonLines(String name, InputStream in, Consumer<InputRecord> sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        long lineNo = 0;
        boolean tooLong = false;
        int b;
        while (true) {
            b = in.read();
            if (b == '\n' || b == -1) {
                if (b == -1 && line.size() == 0 && !tooLong) {
                    break;
                }
                lineNo++;
                if (tooLong) {
                    sink.accept(InputRecord.failed(name, lineNo, null, "line is longer than " + MAX_LINE_BYTES + " bytes"));
                } else {
                    InputRecord r = parseLine(name, lineNo, line.toByteArray());
                    if (r != null) {
                        sink.accept(r);
                    }
                }
                line.reset();
                tooLong = false;
                if (b == -1) {
                    break;
                }
            } else if (!tooLong) {
                if (line.size() >= MAX_LINE_BYTES) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
    }

    private InputRecord parseLine(String name, long lineNo, byte[] bytes) {
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            n--;
        }
        if (looksBinary(bytes, n)) {
            return InputRecord.failed(name, lineNo, null, "binary data (NUL bytes), not a JSON line");
        }
        String s;
        try {
            s = decode(bytes, n);
        } catch (CharacterCodingException e) {
            return InputRecord.failed(name, lineNo, null, "invalid UTF-8");
        }
        if (lineNo == 1 && s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            return null; // blank lines separate nothing and lose nothing
        }
        JsonNode node;
        try {
            node = ParleyJson.mapper().readTree(s);
        } catch (JsonProcessingException e) {
            return InputRecord.failed(name, lineNo, null, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return InputRecord.failed(name, lineNo, null, "not a JSON object");
        }
        String id = scalar(node, "id");
        if (id == null || id.isBlank()) {
            return InputRecord.failed(name, lineNo, null, "missing id");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return InputRecord.failed(name, lineNo, id, "missing text");
        }
        if (!text.isTextual()) {
            return InputRecord.failed(name, lineNo, id, "text is not a string");
        }
        if (text.asText().isBlank()) {
            return InputRecord.failed(name, lineNo, id, "text is empty");
        }
        // --date is for plain text files; a JSON record without a date stays undated (and says so downstream)
        String published = scalar(node, "published");
        return InputRecord.ok(name, lineNo, new Article(id, published, scalar(node, "title"), scalar(node, "source"),
                scalar(node, "url"), text.asText()));
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static boolean looksBinary(byte[] bytes, int n) {
        int limit = Math.min(n, 1 << 20);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String decode(byte[] bytes, int n) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes, 0, n)).toString();
    }

    /** All records of the inputs in a list: for tests and small inputs. */
    public List<InputRecord> readAll(List<Path> inputs) {
        List<InputRecord> out = new ArrayList<>();
        read(inputs, out::add);
        return out;
    }
}
