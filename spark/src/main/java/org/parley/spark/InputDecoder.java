package org.parley.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.parley.article.Article;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;

/**
 * Turns one raw row of {@link ArticleInputs#RAW_SCHEMA} into the article it holds, or the issue that keeps it
 * from being one, by the rules of {@code parley extract}: JSON Lines go through {@link ArticleReader} itself;
 * text files and Parquet rows get the same checks (binary content, invalid UTF-8, byte-order mark, missing id,
 * missing or empty text) and the same reasons.
 *
 * <p>Spark splits files, so line numbers are unknown: records carry line 0 and the file they came from.
 * Immutable and serializable (it travels to the executors with the task); thread-safe.
 *
 * @param format           the input format the rows were read as
 * @param defaultPublished publication date for text files ({@code --date}), or null; JSON Lines and Parquet
 *                         records carry their own (none: undated), as in the CLI
 */
public record InputDecoder(InputFormat format, String defaultPublished) implements Serializable {

    private static final long serialVersionUID = 1L;

    public InputDecoder {
        if (format == null) {
            throw new IllegalArgumentException("an input decoder needs a format");
        }
    }

    /** The records in {@code raw}: none for a blank JSON line, else one. */
    public List<InputRecord> decode(Row raw) {
        String file = raw.getString(raw.fieldIndex("file"));
        return switch (format) {
            case JSONL -> jsonLine(file, bytes(raw));
            case TEXT -> List.of(textFile(file, bytes(raw)));
            case PARQUET -> List.of(parquetRow(file, raw));
        };
    }

    private static byte[] bytes(Row raw) {
        int i = raw.fieldIndex("raw");
        return raw.isNullAt(i) ? new byte[0] : (byte[]) raw.get(i);
    }

    private List<InputRecord> jsonLine(String file, byte[] line) {
        List<InputRecord> out = new ArrayList<>(1);
        try {
            new ArticleReader(defaultPublished).readJsonLines(file, new ByteArrayInputStream(line), out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory cannot fail", e);
        }
        // the reader numbered this line 1 of a one-line stream; its real number is unknown here
        return out.stream().map(r -> r.isArticle() ? InputRecord.ok(file, 0, r.article())
                : InputRecord.failed(file, 0, r.issue().recordId(), r.issue().reason())).toList();
    }

    private InputRecord textFile(String file, byte[] content) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String id = name.length() > 4 ? name.substring(0, name.length() - 4) : name;
        int scan = Math.min(content.length, 1 << 20);
        for (int i = 0; i < scan; i++) {
            if (content[i] == 0) {
                return InputRecord.failed(file, 0, id, "binary file (NUL bytes), not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return InputRecord.failed(file, 0, id, "invalid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return InputRecord.failed(file, 0, id, "text is empty");
        }
        return InputRecord.ok(file, 0, new Article(id, defaultPublished, null, null, null, text));
    }

    private InputRecord parquetRow(String file, Row raw) {
        String id = field(raw, "id");
        if (id == null || id.isBlank()) {
            return InputRecord.failed(file, 0, null, "missing id");
        }
        String text = field(raw, "text");
        if (text == null) {
            return InputRecord.failed(file, 0, id, "missing text");
        }
        if (text.isBlank()) {
            return InputRecord.failed(file, 0, id, "text is empty");
        }
        String published = field(raw, "published");
        return InputRecord.ok(file, 0, new Article(id, published,
                field(raw, "title"), field(raw, "source"), field(raw, "url"), text));
    }

    private static String field(Row raw, String name) {
        int i = raw.fieldIndex(name);
        return raw.isNullAt(i) ? null : raw.getString(i);
    }
}
