package org.parley.server;

/**
 * A request the server refuses because of what the client sent: answered 400 with the parameter and the reason,
 * never a stack trace.
 */
public final class BadRequestException extends RuntimeException {

    private final String parameter;

    /**
     * @param parameter the query or path parameter at fault, or null when the request as a whole is
     * @param message   what is wrong and what would be right, for a person to read
     */
    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }
}
