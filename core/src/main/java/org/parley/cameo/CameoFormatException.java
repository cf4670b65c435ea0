package org.parley.cameo;

/**
 * A CAMEO resource (codebook, PLOVER table or verb lexicon) has a line that cannot be read. The message names
 * the source and the line so the file can be fixed; this is a fatal setup error, never a per-article problem.
 */
public final class CameoFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public CameoFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public CameoFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
    }

    /** The name of the resource or file that was read. */
    public String source() {
        return source;
    }

    /** The 1-based line number of the bad line, or 0 when the problem is not tied to one line. */
    public int line() {
        return line;
    }
}
