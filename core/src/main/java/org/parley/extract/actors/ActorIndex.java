package org.parley.extract.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.extract.Actor;
import org.parley.extract.TextSpan;

/**
 * Looks up which actor a stretch of text refers to, from the actors stage's mentions. This is how quotes and
 * events find their speakers, sources and targets: by the character span of the tokens they pick. Immutable.
 */
public final class ActorIndex {

    private final List<Actor> actors;
    private final Map<String, Actor> byId = new HashMap<>();
    /** mention start offset -> (mention, actor id) */
    private final TreeMap<Integer, List<Entry>> byStart = new TreeMap<>();

    private record Entry(TextSpan mention, String actorId) {
    }

    public ActorIndex(List<Actor> actors) {
        this.actors = List.copyOf(actors);
        for (Actor a : actors) {
            byId.put(a.id(), a);
            for (TextSpan m : a.mentions()) {
                byStart.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(new Entry(m, a.id()));
            }
        }
    }

    public List<Actor> actors() {
        return actors;
    }

    public Actor get(String id) {
        return byId.get(id);
    }

    /** The actor with a mention overlapping [start, end); the longest such mention wins. Null when none. */
    public Actor at(int start, int end) {
        TextSpan best = null;
        String bestId = null;
        // mentions are short: look back a bounded distance for ones starting before {@code start}
        for (Map.Entry<Integer, List<Entry>> e : byStart.subMap(Math.max(0, start - 200), true, end, false).entrySet()) {
            for (Entry x : e.getValue()) {
                if (x.mention().overlaps(start, end)
                        && (best == null || x.mention().end() - x.mention().start() > best.end() - best.start())) {
                    best = x.mention();
                    bestId = x.actorId();
                }
            }
        }
        return bestId == null ? null : byId.get(bestId);
    }

    /** The mention overlapping [start, end) that {@link #at} chose, or null. */
    public TextSpan mentionAt(int start, int end) {
        Actor a = at(start, end);
        if (a == null) {
            return null;
        }
        for (TextSpan m : a.mentions()) {
            if (m.overlaps(start, end)) {
                return m;
            }
        }
        return null;
    }

    /** All mentions inside [start, end), in text order, each with its actor. */
    public List<Map.Entry<TextSpan, Actor>> mentionsWithin(int start, int end) {
        List<Map.Entry<TextSpan, Actor>> out = new ArrayList<>();
        for (List<Entry> list : byStart.subMap(start, true, end, false).values()) {
            for (Entry x : list) {
                if (x.mention().end() <= end) {
                    out.add(Map.entry(x.mention(), byId.get(x.actorId())));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
