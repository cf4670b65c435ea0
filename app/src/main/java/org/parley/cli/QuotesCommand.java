package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.json.ParleyJson;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley quotes}: stored quotes by speaker, words and date, as a table, JSON Lines or CSV. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotes with filters.")
final class QuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExistingStore storeFile = new ExistingStore();

    @Option(names = "--speaker", description = "speaker name (substring)")
    String speaker;

    @Option(names = "--text", description = "words the quote contains")
    String text;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "articles published on or after this day")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "articles published on or before this day")
    LocalDate until;

    @Option(names = "--article", description = "quotes of one article id")
    String article;

    @Option(names = "--limit", description = "at most this many rows (default: ${DEFAULT-VALUE})")
    int limit = 100;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format = "table";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String missing = storeFile.missing("quotes");
        if (missing != null) {
            err.println(missing);
            return ExitCodes.USAGE;
        }
        TextTable.Format f;
        QuoteQuery q;
        try {
            f = TextTable.Format.parse(format);
            q = QuoteQuery.all().withSpeaker(speaker).withText(text).withDates(since, until).withArticleId(article)
                    .withPage(limit, 0);
        } catch (IllegalArgumentException e) {
            err.println("parley quotes: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<QuoteRow> rows;
        try (ParleyStore store = ParleyStore.openReadOnly(storeFile.db)) {
            rows = store.quotes(q);
        }
        if (f == TextTable.Format.JSON) {
            rows.forEach(r -> out.println(ParleyJson.line(r)));
            out.flush();
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("PUBLISHED", "ARTICLE", "SPEAKER", "KIND", "CUE", "QUOTE");
        for (QuoteRow r : rows) {
            table.add(r.published(), r.articleId(), r.speaker() == null ? "-" : r.speaker().name(),
                    r.kind().name().toLowerCase(java.util.Locale.ROOT), r.cue() == null ? "" : r.cue().text(),
                    r.text());
        }
        table.print(out, f, 90);
        if (f == TextTable.Format.TABLE) {
            out.printf("%d quotes%n", rows.size());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
