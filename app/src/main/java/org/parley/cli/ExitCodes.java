package org.parley.cli;

/** Exit codes every command uses. */
final class ExitCodes {

    /** Everything worked. */
    static final int OK = 0;
    /** The batch ran, but at least one record failed (see stderr or the issues table). */
    static final int SOME_RECORDS_FAILED = 1;
    /** Bad command-line usage or a setup problem: nothing was processed. */
    static final int USAGE = 2;
    /** An unexpected failure stopped the command (a bug, or a store that cannot be written). */
    static final int FAILED = 3;

    private ExitCodes() {
    }
}
