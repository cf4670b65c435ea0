package org.parley.server;

import java.util.List;

/**
 * One page of a longer list, as the API returns it.
 *
 * @param items      the rows of this page
 * @param limit      the page size asked for
 * @param offset     how many rows were skipped
 * @param nextOffset the offset of the next page, or null when this is the last one
 * @param <T>        row type
 */
public record Page<T>(List<T> items, int limit, int offset, Integer nextOffset) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page from rows fetched with one row more than {@code limit}: that extra row, if it came, only tells that
     * another page exists and is dropped.
     */
    public static <T> Page<T> fromOverfetch(List<T> rowsUpToLimitPlusOne, PageRequest page) {
        boolean more = rowsUpToLimitPlusOne.size() > page.limit();
        List<T> items = more ? rowsUpToLimitPlusOne.subList(0, page.limit()) : rowsUpToLimitPlusOne;
        return new Page<>(items, page.limit(), page.offset(), more ? page.offset() + page.limit() : null);
    }
}
