package org.parley.extract.quotes;

/** Where a cue verb's reported content sits in the dependency parse. */
public enum CueFrame {
    /** A complement clause: "said (that) ...", "told NBC that ...", or the clause the cue interrupts or follows. */
    CLAUSE,
    /**
     * A complement clause as {@link #CLAUSE}, else the direct object or the object of a preposition right after the
     * verb: "denied the allegations", "called for a ceasefire", "endorsed Smith". Stance verbs whose content is
     * often a noun phrase.
     */
    OBJECT,
    /** The object and an of/for phrase, or the object alone: "accused X of Y", "blamed X for Y". */
    OBJECT_OF,
    /** The object and a to-infinitive: "urged X to Y", "called on X to Y". */
    OBJECT_TO,
    /**
     * Only the object with an as-phrase: "sees X as a uniter", "viewed the deal as a mistake". For verbs of perception
     * that hold a view only in that construction ("saw the video" reports nothing).
     */
    OBJECT_AS,
    /**
     * Only the clause or quotation before the cue, or one it interrupts: "..., she continued". Verbs that report
     * speech only in that position ("continued against rebel-held areas" reports nothing).
     */
    TRAILING
}
