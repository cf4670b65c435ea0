package org.parley.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.extract.Event;
import org.parley.extract.Modality;
import org.parley.extract.TextSpan;

/**
 * Folds the same event told more than once in one article into one: same source, same target (either way round
 * for symmetric codes such as meetings), same CAMEO root, compatible dates (equal, one a prefix of the other, or
 * one only dated by the article) and compatible modality (asserted, reported and historical are all tellings of
 * something that happened; a negated, hypothetical, alleged or planned event joins only its own kind). The first
 * telling keeps its evidence; the others go to {@code also}. A telling without a target joins a telling of the
 * same source and root that has one. Stateless; thread-safe.
 */
public final class EventDeduplicator {

    /** An event with what dedup needs beyond the record: whether its date came from the article date only. */
    public record Told(Event event, boolean dateFromArticle, boolean symmetric) {
    }

    public List<Event> fold(List<Told> told) {
        List<Told> kept = new ArrayList<>();
        List<List<TextSpan>> also = new ArrayList<>();
        // counts stated by any telling: "killed 12" in the lead, "wounding 30" later
        List<List<org.parley.extract.Magnitude>> counts = new ArrayList<>();
        for (Told t : told) {
            int into = -1;
            for (int k = 0; k < kept.size() && into < 0; k++) {
                if (same(kept.get(k), t)) {
                    into = k;
                }
            }
            if (into < 0) {
                kept.add(t);
                also.add(new ArrayList<>());
                counts.add(new ArrayList<>(t.event().magnitudes()));
                continue;
            }
            List<org.parley.extract.Magnitude> known = counts.get(into);
            for (org.parley.extract.Magnitude m : t.event().magnitudes()) {
                if (known.stream().noneMatch(k -> k.kind() == m.kind())) {
                    known.add(m);
                }
            }
            Told first = kept.get(into);
            if (first.event().target() == null && t.event().target() != null) {
                // the telling with a target says more: it becomes the event, the earlier one its further evidence
                List<TextSpan> moved = new ArrayList<>();
                addSpan(moved, t.event().evidence(), first.event().evidence());
                for (TextSpan span : also.get(into)) {
                    addSpan(moved, t.event().evidence(), span);
                }
                Event e = t.event();
                kept.set(into, e.place() != null || first.event().place() == null ? t
                        : new Told(copy(e, e.date(), first.event().place(), e.confidence()), t.dateFromArticle(),
                        t.symmetric()));
                also.set(into, moved);
                continue;
            }
            addSpan(also.get(into), first.event().evidence(), t.event().evidence());
            if (first.dateFromArticle() && !t.dateFromArticle()) {
                Event e = first.event();
                kept.set(into, new Told(copy(e, t.event().date(), e.place(),
                        Math.max(e.confidence(), t.event().confidence())), false, first.symmetric()));
                first = kept.get(into);
            }
            if (first.event().place() == null && t.event().place() != null) {
                // a later telling that says where ("the talks in Vienna") places the event
                Event e = first.event();
                kept.set(into, new Told(copy(e, e.date(), t.event().place(), e.confidence()), first.dateFromArticle(),
                        first.symmetric()));
            }
        }
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Event e = kept.get(k).event();
            out.add(new Event("e" + (k + 1), e.source(), e.target(), e.cameo(), e.plover(), e.quad(), e.goldstein(),
                    e.date(), e.place(), e.modality(), e.confidence(), e.evidence(), also.get(k), counts.get(k)));
        }
        return out;
    }

    private static void addSpan(List<TextSpan> spans, TextSpan main, TextSpan span) {
        if (!span.equals(main) && !spans.contains(span)) {
            spans.add(span);
        }
    }

    private static Event copy(Event e, String date, String place, double confidence) {
        return new Event(e.id(), e.source(), e.target(), e.cameo(), e.plover(), e.quad(), e.goldstein(), date,
                place, e.modality(), confidence, e.evidence(), e.also(), e.magnitudes());
    }

    static boolean same(Told a, Told b) {
        Event x = a.event();
        Event y = b.event();
        if (!x.cameo().substring(0, 2).equals(y.cameo().substring(0, 2)) || !compatible(x.modality(), y.modality())) {
            return false;
        }
        boolean symmetric = a.symmetric() || b.symmetric();
        boolean parties = x.source().equals(y.source()) && (Objects.equals(x.target(), y.target())
                || x.target() == null || y.target() == null)
                || symmetric && x.target() != null && y.target() != null
                && x.source().equals(y.target()) && x.target().equals(y.source());
        if (!parties) {
            return false;
        }
        return a.dateFromArticle() || b.dateFromArticle() || x.date() == null || y.date() == null
                || x.date().startsWith(y.date()) || y.date().startsWith(x.date());
    }

    private static boolean compatible(Modality a, Modality b) {
        return a == b || factual(a) && factual(b);
    }

    private static boolean factual(Modality m) {
        return m == Modality.ASSERTED || m == Modality.REPORTED || m == Modality.HISTORICAL;
    }
}
