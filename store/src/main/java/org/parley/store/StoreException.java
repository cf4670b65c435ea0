package org.parley.store;

/**
 * The store could not do what was asked: the database file cannot be opened or migrated, or a write or read
 * failed. Unchecked, because callers can rarely recover from a broken database other than by reporting it; the
 * message names the file or article concerned and the cause keeps DuckDB's own error.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
