package org.parley.server;

/**
 * Which rows of a list to return.
 *
 * @param limit  at most this many (1..{@value #MAX_LIMIT})
 * @param offset skip this many first (0..{@value #MAX_OFFSET})
 */
public record PageRequest(int limit, int offset) {

    /** Large enough for any screen and for paging exports; small enough that no request can stall the server. */
    public static final int MAX_LIMIT = 1000;
    /** Deep offsets make DuckDB skip rows one by one; past this, narrow the filters (dates) instead. */
    public static final int MAX_OFFSET = 1_000_000;
    public static final int DEFAULT_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is not 1.." + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset " + offset + " is not 0.." + MAX_OFFSET);
        }
    }

    /** The number of rows to fetch to know whether a further page exists. */
    public int overfetch() {
        return limit + 1;
    }
}
