package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parley.json.ParleyJson;
import org.parley.query.ActorRef;
import org.parley.query.EventQuery;
import org.parley.query.MergedEventRow;
import org.parley.store.ParleyStore;

/** How {@code parley events --merged} prints merged events: one row each with counts, JSON with all evidence. */
final class MergedEventsOutput {

    private MergedEventsOutput() {
    }

    static int print(Path db, EventQuery q, String format) {
        TextTable.Format f;
        try {
            f = TextTable.Format.parse(format);
        } catch (IllegalArgumentException e) {
            System.err.println("parley events: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<MergedEventRow> rows;
        try (ParleyStore store = ParleyStore.openReadOnly(db)) {
            rows = store.mergedEvents(q, f == TextTable.Format.JSON);
        }
        PrintWriter out = new PrintWriter(System.out, true);
        if (f == TextTable.Format.JSON) {
            rows.forEach(r -> out.println(ParleyJson.line(r)));
            out.flush();
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("DATE", "SOURCE", "CAMEO", "TARGET", "MODALITY", "PLACE", "GOLDSTEIN",
                "MENTIONS", "ARTICLES", "SOURCES", "ID");
        for (MergedEventRow r : rows) {
            table.add(r.date(), actor(r.source()), r.cameo(), r.target() == null ? "-" : actor(r.target()),
                    r.modality().json(), r.placeName(), r.goldstein(), r.mentions(), r.articles(), r.sources(),
                    r.uid());
        }
        table.print(out, f, 20);
        if (f == TextTable.Format.TABLE) {
            out.printf("%d merged events%n", rows.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String actor(ActorRef a) {
        return (a.name() == null ? a.id() : a.name()) + (a.code() == null ? "" : " [" + a.code() + "]");
    }
}
