package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.extract.Modality;
import org.parley.json.ParleyJson;
import org.parley.query.DyadPoint;
import org.parley.query.DyadSeriesQuery;
import org.parley.query.SeriesPeriod;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley dyad A B}: merged events from A to B per day, week or month, with mean Goldstein. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "Merged events from actor A to actor B over time: counts and mean Goldstein per period.")
final class DyadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "acting side: name (substring) or CAMEO code prefix")
    String source;

    @Parameters(index = "1", paramLabel = "B", description = "side acted upon")
    String target;

    @Mixin
    ExistingStore storeFile = new ExistingStore();

    @Option(names = "--by", description = "day, week or month (default: ${DEFAULT-VALUE})")
    String by = "month";

    @Option(names = "--normalize", description = "also show events per 1,000 articles stored for the period")
    boolean normalize;

    @Option(names = "--both-directions", description = "count B -> A events too")
    boolean bothDirections;

    @Option(names = "--modality", description = "asserted (default), another modality, or 'any'")
    String modality = "asserted";

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "first day")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "last day")
    LocalDate until;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format = "table";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String missing = storeFile.missing("dyad");
        if (missing != null) {
            err.println(missing);
            return ExitCodes.USAGE;
        }
        TextTable.Format f;
        DyadSeriesQuery q;
        try {
            f = TextTable.Format.parse(format);
            Modality m = "any".equalsIgnoreCase(modality) ? null : Modality.parse(modality);
            q = new DyadSeriesQuery(source, target, SeriesPeriod.parse(by), bothDirections, since, until, m);
        } catch (IllegalArgumentException e) {
            err.println("parley dyad: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<DyadPoint> series;
        try (ParleyStore store = ParleyStore.openReadOnly(storeFile.db)) {
            series = store.dyadSeries(q);
        }
        if (f == TextTable.Format.JSON) {
            series.forEach(p -> out.println(ParleyJson.line(p)));
            out.flush();
            return ExitCodes.OK;
        }
        TextTable table = normalize
                ? new TextTable("PERIOD", "EVENTS", "ARTICLES", "MEAN_GOLDSTEIN", "PERIOD_ARTICLES", "PER_1K_ARTICLES")
                : new TextTable("PERIOD", "EVENTS", "ARTICLES", "MEAN_GOLDSTEIN");
        for (DyadPoint p : series) {
            String mean = p.meanGoldstein() == null ? "" : String.format(Locale.ROOT, "%.2f", p.meanGoldstein());
            if (normalize) {
                table.add(p.period(), p.events(), p.articles(), mean, p.periodArticles(),
                        p.eventsPer1kArticles() == null ? ""
                                : String.format(Locale.ROOT, "%.2f", p.eventsPer1kArticles()));
            } else {
                table.add(p.period(), p.events(), p.articles(), mean);
            }
        }
        table.print(out, f, 40);
        return ExitCodes.OK;
    }
}
