package org.parley.server;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments and the values bound to their {@code ?} placeholders, so that
 * request values only ever reach DuckDB as parameters. Not thread-safe: build, bind and drop within one call.
 */
final class SqlWhere {

    private final List<String> fragments = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code fragment} (fixed SQL with one {@code ?} per value) when {@code guard} is not null. */
    SqlWhere addIf(Object guard, String fragment, Object... fragmentValues) {
        if (guard != null) {
            add(fragment, fragmentValues);
        }
        return this;
    }

    /** Adds {@code fragment} unconditionally. */
    SqlWhere add(String fragment, Object... fragmentValues) {
        long placeholders = fragment.chars().filter(ch -> ch == '?').count();
        if (placeholders != fragmentValues.length) {
            throw new IllegalArgumentException(
                    "'" + fragment + "' has " + placeholders + " placeholders for " + fragmentValues.length + " values");
        }
        fragments.add(fragment);
        values.addAll(List.of(fragmentValues));
        return this;
    }

    /** The conditions joined by AND, or {@code TRUE} without any: usable after WHERE or within a larger one. */
    String sql() {
        return fragments.isEmpty() ? "TRUE" : String.join(" AND ", fragments);
    }

    /** Binds the values from parameter {@code first}; returns the index of the next parameter. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object v : values) {
            i = bindValue(ps, i, v);
        }
        return i;
    }

    /** Binds {@code v} at {@code index} (a {@code String[]} as one VARCHAR[] value); returns the next index. */
    static int bindValue(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v instanceof String[] list) {
            ps.setArray(index, ps.getConnection().createArrayOf("VARCHAR", list));
        } else {
            ps.setObject(index, v);
        }
        return index + 1;
    }
}
