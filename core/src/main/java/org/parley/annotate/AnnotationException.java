package org.parley.annotate;

/** One article could not be annotated; the message says why in one line. The batch goes on. */
public class AnnotationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnnotationException(String message) {
        super(message);
    }

    public AnnotationException(String message, Throwable cause) {
        super(message, cause);
    }
}
