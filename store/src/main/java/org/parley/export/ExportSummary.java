package org.parley.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param format the format
 * @param out    the file written
 * @param rows   records written (articles for JSONL, merged events for GDELT and PLOVER, events otherwise)
 */
public record ExportSummary(ExportFormat format, Path out, long rows) {
}
