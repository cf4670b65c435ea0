package org.parley.store;

/** What storing one article did. */
public enum IngestResult {
    /** The article id was new: its rows were written. */
    INSERTED,
    /** The id was stored with another text hash: all its old rows were replaced in one transaction. */
    REPLACED,
    /** The id was stored with the same text hash: nothing was written. */
    UNCHANGED,
    /** Writing it failed (only {@link ParleyStore#ingestBatch} reports this; the reason is in the issues table). */
    FAILED
}
