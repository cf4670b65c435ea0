package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.json.ParleyJson;
import org.parley.query.ActorProfile;
import org.parley.query.ActorQuery;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley actors}: the store's actor registry searched by name, alias or code, with titles over time. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Search actors across articles: aliases, titles over time, first and last seen.")
final class ActorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "name, alias or CAMEO code (prefix); all if none")
    String text;

    @Mixin
    ExistingStore storeFile = new ExistingStore();

    @Option(names = "--country", description = "ISO alpha-3 of the actor")
    String country;

    @Option(names = "--limit", description = "at most this many actors (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--format", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format = "table";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String missing = storeFile.missing("actors");
        if (missing != null) {
            err.println(missing);
            return ExitCodes.USAGE;
        }
        TextTable.Format f;
        ActorQuery q;
        try {
            f = TextTable.Format.parse(format);
            q = new ActorQuery(text, country, limit);
        } catch (IllegalArgumentException e) {
            err.println("parley actors: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<ActorProfile> actors;
        try (ParleyStore store = ParleyStore.openReadOnly(storeFile.db)) {
            actors = store.actors(q);
        }
        if (f == TextTable.Format.JSON) {
            actors.forEach(a -> out.println(ParleyJson.line(a)));
            out.flush();
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("NAME", "KIND", "COUNTRY", "CODE", "ARTICLES", "FIRST", "LAST", "TITLES",
                "ALIASES");
        for (ActorProfile a : actors) {
            String titles = a.titles().stream()
                    .map(t -> t.title() + " (" + t.firstSeen() + ".." + t.lastSeen() + ")")
                    .collect(Collectors.joining("; "));
            table.add(a.name(), a.kind(), a.country(), a.code(), a.articles(), a.firstSeen(), a.lastSeen(), titles,
                    String.join("; ", a.aliases()));
        }
        table.print(out, f, 60);
        return ExitCodes.OK;
    }
}
