package org.parley.extract;

import java.util.List;

/**
 * One coded event: who did what to whom, when, where, how surely, and the sentence that shows it.
 *
 * @param id         unique within the article ("e1")
 * @param source     actor id of who acted
 * @param target     actor id of whom it was done to, or null
 * @param cameo      CAMEO event code (2-4 digits)
 * @param plover     PLOVER event type, or null where PLOVER has none (CAMEO 01, 02)
 * @param quad       quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  Goldstein conflict-cooperation value of the code
 * @param date       ISO date, or year-month / year when that is all that is known, or null
 * @param place      place id, or null
 * @param modality   asserted, reported, alleged, hypothetical, negated, planned or historical
 * @param confidence how sure the extractor is, 0..1
 * @param evidence   the sentence (or clause) that tells it
 * @param also       further evidence when the article tells the same event again
 * @param magnitudes how many were killed, injured, arrested or took part, where the evidence says so; may be empty
 */
public record Event(String id, String source, String target, String cameo, String plover, int quad, double goldstein,
                    String date, String place, Modality modality, double confidence, TextSpan evidence,
                    List<TextSpan> also, List<Magnitude> magnitudes) {

    public Event {
        if (source == null || cameo == null || modality == null || evidence == null) {
            throw new IllegalArgumentException("event " + id + " needs a source, a CAMEO code, a modality and evidence");
        }
        if (quad < 1 || quad > 4) {
            throw new IllegalArgumentException("event " + id + " quad class " + quad + " is not 1-4");
        }
        also = List.copyOf(also);
        magnitudes = magnitudes == null ? List.of() : List.copyOf(magnitudes);
    }

    /** An event with no stated magnitudes (the form before magnitudes were recorded). */
    public Event(String id, String source, String target, String cameo, String plover, int quad, double goldstein,
                 String date, String place, Modality modality, double confidence, TextSpan evidence,
                 List<TextSpan> also) {
        this(id, source, target, cameo, plover, quad, goldstein, date, place, modality, confidence, evidence, also,
                List.of());
    }

    /** The same event with these magnitudes. */
    public Event withMagnitudes(List<Magnitude> stated) {
        return new Event(id, source, target, cameo, plover, quad, goldstein, date, place, modality, confidence,
                evidence, also, stated);
    }
}
