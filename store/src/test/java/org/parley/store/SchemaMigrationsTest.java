package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {

    @TempDir
    Path dir;

    /** A step after the released ones. */
    private static final int NEXT = SchemaMigrations.ALL.size() + 1;
    private static final Migration ADD_LANGUAGE = new Migration(NEXT, "articles.language",
            List.of("ALTER TABLE articles ADD COLUMN language VARCHAR"));

    @Test
    void laterStepIsAppliedToAnOlderFileKeepingItsData() {
        Path file = dir.resolve("m.duckdb");
        try (ParleyStore store = ParleyStore.open(file, SchemaMigrations.ALL, Clock.systemUTC())) {
            store.ingest(Fixtures.seed("seed-001", "2025-04-11"));
        }
        List<Migration> withStep2 = new ArrayList<>(SchemaMigrations.ALL);
        withStep2.add(ADD_LANGUAGE);
        try (ParleyStore store = ParleyStore.open(file, withStep2, Clock.systemUTC())) {
            assertThat(store.schemaVersion()).isEqualTo(NEXT);
            assertThat(store.count("events")).isEqualTo(2);
            List<String> versions = store.read(c -> {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT version, description FROM schema_version ORDER BY version")) {
                    while (r.next()) {
                        rows.add(r.getInt(1) + " " + r.getString(2));
                    }
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT count(*) FROM articles WHERE language IS NULL")) {
                    r.next();
                    rows.add("null languages " + r.getLong(1));
                }
                return rows;
            });
            List<String> expected = new ArrayList<>();
            for (Migration m : SchemaMigrations.ALL) {
                expected.add(m.version() + " " + m.description());
            }
            expected.add(NEXT + " articles.language");
            expected.add("null languages 1");
            assertThat(versions).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void fileFromANewerParleyIsRefused() {
        Path file = dir.resolve("newer.duckdb");
        List<Migration> withStep2 = new ArrayList<>(SchemaMigrations.ALL);
        withStep2.add(ADD_LANGUAGE);
        ParleyStore.open(file, withStep2, Clock.systemUTC()).close();

        assertThatThrownBy(() -> ParleyStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version " + NEXT).hasMessageContaining("newer");
        assertThatThrownBy(() -> ParleyStore.openReadOnly(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer");
    }

    @Test
    void failingStepLeavesTheFileAtThePreviousVersion() {
        Path file = dir.resolve("fail.duckdb");
        ParleyStore.open(file).close();
        List<Migration> broken = new ArrayList<>(SchemaMigrations.ALL);
        broken.add(new Migration(NEXT, "two statements, the second wrong", List.of(
                "ALTER TABLE articles ADD COLUMN language VARCHAR", "ALTER TABLE no_such_table ADD COLUMN x INT")));

        assertThatThrownBy(() -> ParleyStore.open(file, broken, Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("migration to version " + NEXT);
        try (ParleyStore store = ParleyStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.ALL.size());
        }
        // the first statement of the failed step was rolled back with it, so the step can be applied cleanly
        List<Migration> fixed = new ArrayList<>(SchemaMigrations.ALL);
        fixed.add(ADD_LANGUAGE);
        try (ParleyStore store = ParleyStore.open(file, fixed, Clock.systemUTC())) {
            assertThat(store.schemaVersion()).isEqualTo(NEXT);
        }
    }

    @Test
    void stepsMustBeNumberedFromOneWithoutGaps() {
        assertThatThrownBy(() -> SchemaMigrations.checkSequence(List.of(SchemaMigrations.ALL.get(0),
                new Migration(3, "gap", List.of("SELECT 1")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 2");
    }
}
