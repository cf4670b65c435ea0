package org.parley.ingest;

/**
 * A record that could not be processed: kept as data so the batch goes on and nothing is lost.
 *
 * @param file     the input file, or null
 * @param line     the line number in it (from 1), or 0 when not line-based
 * @param recordId the article id when known, or null
 * @param stage    where it failed: read, annotate, extract, store
 * @param reason   a one-line human-readable reason
 */
public record ProcessingIssue(String file, long line, String recordId, String stage, String reason) {

    /** "news.jsonl:12 (id x): read: text is empty" */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(file == null ? "<input>" : file);
        if (line > 0) {
            b.append(':').append(line);
        }
        if (recordId != null) {
            b.append(" (id ").append(recordId).append(')');
        }
        return b.append(": ").append(stage).append(": ").append(reason).toString();
    }
}
