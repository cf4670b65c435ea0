package org.parley.extract.quotes;

/** Where a cue verb's reported content sits in the dependency parse. */
public enum CueFrame {
    /** A complement clause: "said (that) ...", "told NBC that ...", or the clause the cue interrupts or follows. */
    CLAUSE,
    /** The object and an of/for phrase: "accused X of Y", "blamed X for Y". */
    OBJECT_OF,
    /** The object and a to-infinitive: "urged X to Y", "called on X to Y". */
    OBJECT_TO,
    /**
     * Only the clause or quotation before the cue, or one it interrupts: "..., she continued". Verbs that report
     * speech only in that position ("continued against rebel-held areas" reports nothing).
     */
    TRAILING
}
