package org.parley.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.LexiconQuery;
import org.parley.cameo.PartOfSpeech;
import org.parley.cameo.RoleSlot;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.Actor;
import org.parley.extract.actors.ActorExtractor;
import org.parley.extract.actors.ActorIndex;
import org.parley.json.ParleyJson;
import org.parley.knowledge.ActorKnowledge;

/**
 * Development aid, not a test: for sentences containing a phrase, prints the actors, each candidate trigger's
 * lexicon query and match, and the actors its role slots find. Usage: ANNOTATIONS.jsonl PHRASE...
 */
public final class EventDebug {

    private EventDebug() {
    }

    public static void main(String[] args) throws IOException {
        VerbLexicon lexicon = VerbLexicon.loadBuiltIn(CameoCodebook.loadBuiltIn());
        ActorExtractor actorStage = new ActorExtractor(ActorKnowledge.loadBuiltIn());
        for (int p = 1; p < args.length; p++) {
            show(args[0], args[p], lexicon, actorStage);
        }
    }

    private static void show(String file, String phrase, VerbLexicon lexicon, ActorExtractor actorStage) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.contains(phrase)) {
                    continue;
                }
                AnnotatedArticle a = ParleyJson.mapper().readValue(line, AnnotatedArticle.class);
                List<Actor> actors = actorStage.extract(a);
                ActorIndex index = new ActorIndex(actors);
                for (Sentence s : a.sentences()) {
                    String st = a.text().substring(s.start(), s.end());
                    if (!st.contains(phrase)) {
                        continue;
                    }
                    System.out.println(st + "  parsed=" + s.parsed());
                    for (var m : index.mentionsWithin(s.start(), s.end())) {
                        System.out.println("   actor " + m.getKey().text() + " -> " + m.getValue().id() + " " + m.getValue().name()
                                + " " + m.getValue().country() + " " + m.getValue().code());
                    }
                    SentenceGraph g = new SentenceGraph(s);
                    StringBuilder deps = new StringBuilder("   deps");
                    for (var d : s.dependencies()) {
                        deps.append(' ').append(d.relation()).append('(')
                                .append(d.governor() < 0 ? "ROOT" : g.word(d.governor()) + "-" + d.governor()).append(',')
                                .append(g.word(d.dependent())).append('-').append(d.dependent()).append(')');
                    }
                    System.out.println(deps);
                    ArgumentFinder af = new ArgumentFinder(g, index);
                    for (int i = 0; i < g.size(); i++) {
                        PartOfSpeech pos = PartOfSpeech.ofPennTag(g.token(i).pos());
                        if (pos == null || !lexicon.mayTrigger(g.lemma(i))) {
                            continue;
                        }
                        final int ti = i;
                        LexiconQuery q = TriggerFinder.query(g, i, pos, new HashMap<>());
                        var m = lexicon.match(q);
                        System.out.println("  " + i + " " + g.token(i).word() + " " + q + " -> "
                                + m.map(x -> x.cameo() + " " + x.roles() + " obj=" + x.object()).orElse("none"));
                        m.ifPresent(x -> {
                            for (RoleSlot slot : x.roles().source()) {
                                System.out.println("      src " + slot + " " + af.fill(ti, slot, pos));
                            }
                            for (RoleSlot slot : x.roles().target()) {
                                System.out.println("      tgt " + slot + " " + af.fill(ti, slot, pos));
                            }
                        });
                    }
                    System.out.println("  triggers: " + new TriggerFinder(lexicon).find(g));
                }
            }
        }
    }
}
