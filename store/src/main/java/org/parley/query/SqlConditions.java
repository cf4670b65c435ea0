package org.parley.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments and the values bound to their {@code ?} placeholders, so that
 * user-given filter values only ever reach DuckDB as parameters. Not thread-safe: build, bind and drop in one
 * call.
 */
public final class SqlConditions {

    private final List<String> fragments = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code fragment} (fixed SQL with one {@code ?} per value) when {@code guard} is not null. */
    public SqlConditions addIf(Object guard, String fragment, Object... fragmentValues) {
        if (guard == null) {
            return this;
        }
        long placeholders = fragment.chars().filter(ch -> ch == '?').count();
        if (placeholders != fragmentValues.length) {
            throw new IllegalArgumentException(
                    "'" + fragment + "' has " + placeholders + " placeholders for " + fragmentValues.length + " values");
        }
        fragments.add(fragment);
        values.addAll(List.of(fragmentValues));
        return this;
    }

    /** " WHERE a AND b", or "" without conditions. */
    public String where() {
        return fragments.isEmpty() ? "" : " WHERE " + String.join(" AND ", fragments);
    }

    /** Binds the values from parameter 1; returns the index of the next parameter. */
    public int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object v : values) {
            if (v instanceof String[] list) {
                // a list of strings (e.g. article ids for "IN (SELECT unnest(?))") binds as one VARCHAR[] value
                ps.setArray(i++, ps.getConnection().createArrayOf("VARCHAR", list));
            } else {
                ps.setObject(i++, v);
            }
        }
        return i;
    }
}
