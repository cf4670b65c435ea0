package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows printed as an aligned table, CSV or JSON Lines: the three output formats of the query commands.
 * Not thread-safe: build, print and drop in one command.
 */
final class TextTable {

    /** The formats the query commands accept. */
    enum Format {
        TABLE, JSON, CSV;

        static Format parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format must be table, json or csv, not '" + s + "'", e);
            }
        }
    }

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    void add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c == null ? "" : c.toString());
        }
        rows.add(row);
    }

    /** Prints an aligned table (long last cells cut to {@code maxLast} characters) or CSV with a header. */
    void print(PrintWriter out, Format format, int maxLast) {
        if (format == Format.CSV) {
            out.println(String.join(",", header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()));
            for (List<String> r : rows) {
                out.println(String.join(",", r.stream().map(EventsCommand::csv).toList()));
            }
            out.flush();
            return;
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> r : rows) {
            List<String> cut = new ArrayList<>(r);
            String last = cut.get(cut.size() - 1).replaceAll("\\s+", " ");
            cut.set(cut.size() - 1, last.length() > maxLast ? last.substring(0, maxLast - 3) + "..." : last);
            all.add(cut);
        }
        int[] widths = new int[header.size()];
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        for (List<String> r : all) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                b.append(i == r.size() - 1 ? r.get(i) : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", r.get(i)));
            }
            out.println(b.toString().stripTrailing());
        }
        out.flush();
    }
}
