package org.parley.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.json.ParleyJson;
import org.parley.query.ActorRef;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley events}: the stored events, filtered, as an aligned table, JSON Lines or CSV. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events with filters.")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    ExistingStore storeFile = new ExistingStore();

    @Option(names = "--limit", description = "at most this many rows (default: ${DEFAULT-VALUE})")
    int limit = 100;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format = "table";

    @picocli.CommandLine.Mixin
    EventFilterOptions filters = new EventFilterOptions();

    @Option(names = "--merged", description = "merged events across articles (one row per date, actors, code, "
            + "place and modality, with counts) instead of each article's events")
    boolean merged;

    @Override
    public Integer call() {
        String missing = storeFile.missing("events");
        if (missing != null) {
            System.err.println(missing);
            return ExitCodes.USAGE;
        }
        EventQuery q;
        try {
            q = filters.apply(EventQuery.all().withPage(limit, 0));
        } catch (IllegalArgumentException e) {
            System.err.println("parley events: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (merged) {
            return MergedEventsOutput.print(storeFile.db, q, format);
        }
        List<EventRow> rows;
        try (ParleyStore store = ParleyStore.openReadOnly(storeFile.db)) {
            rows = store.events(q);
        }
        PrintStream out = System.out;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> rows.forEach(r -> out.println(ParleyJson.line(r)));
            case "csv" -> {
                out.println("article,event,date,source,source_code,cameo,target,target_code,modality,goldstein,evidence");
                for (EventRow r : rows) {
                    out.println(String.join(",", csv(r.articleId()), csv(r.eventId()), csv(r.date()), csv(name(r.source())),
                            csv(code(r.source())), csv(r.cameo()), csv(name(r.target())), csv(code(r.target())),
                            csv(r.modality().json()), String.valueOf(r.goldstein()), csv(r.evidence().text())));
                }
            }
            case "table" -> table(out, rows);
            default -> {
                System.err.println("parley events: --format must be table, json or csv, not '" + format + "'");
                return ExitCodes.USAGE;
            }
        }
        return ExitCodes.OK;
    }

    private static void table(PrintStream out, List<EventRow> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"DATE", "SOURCE", "CAMEO", "TARGET", "MODALITY", "PLACE", "EVIDENCE"});
        for (EventRow r : rows) {
            String ev = r.evidence().text().replaceAll("\\s+", " ");
            lines.add(new String[] {nz(r.date()), name(r.source()) + " [" + code(r.source()) + "]", r.cameo(),
                    r.target() == null ? "-" : name(r.target()) + " [" + code(r.target()) + "]", r.modality().json(),
                    nz(r.placeName()), ev.length() > 70 ? ev.substring(0, 67) + "..." : ev});
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                widths[i] = Math.max(widths[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                b.append(i == l.length - 1 ? l[i] : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", l[i]));
            }
            out.println(b.toString().stripTrailing());
        }
        out.printf("%d events%n", rows.size());
    }

    private static String name(ActorRef a) {
        return a == null ? "" : nz(a.name());
    }

    private static String code(ActorRef a) {
        return a == null || a.code() == null ? "" : a.code();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
