package org.parley.server;

/** A posted article that annotation or extraction could not process: answered 422 with the reason. */
public final class UnprocessableArticleException extends RuntimeException {

    public UnprocessableArticleException(String message) {
        super(message);
    }
}
