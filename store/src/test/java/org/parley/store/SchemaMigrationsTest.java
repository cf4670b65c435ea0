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
    void version5CopiesActorsOntoEventsAndUpperCasesCountries() {
        Path file = dir.resolve("v4.duckdb");
        try (ParleyStore v4 = ParleyStore.open(file, SchemaMigrations.ALL.subList(0, 4), Clock.systemUTC())) {
            v4.read(c -> {
                try (Statement s = c.createStatement()) {
                    // rows as a version-4 writer kept them: countries as the extractor gave them
                    s.execute("INSERT INTO actors VALUES ('x1', 'a1', 0, 'Joe Biden', 'person', 'usa', 'GOV', "
                            + "'USAGOV', NULL), ('x1', 'a2', 1, 'Kremlin', 'organization', 'Rus', 'GOV', 'RUSGOV', "
                            + "NULL)");
                    s.execute("INSERT INTO places VALUES ('x1', 'p1', 0, 'Moscow', 'ru', 55.75, 37.62, 524901, "
                            + "'city', '[]')");
                    s.execute("INSERT INTO events VALUES ('x1', 'e1', 0, 'a1', 'a2', '036', 'CONSULT', 1, 4.0, "
                            + "'2025-04-11', DATE '2025-04-11', DATE '2025-04-11', 'p1', 'asserted', 0.9, 0, 10, "
                            + "'Biden met', '[]'), ('x1', 'e2', 1, 'a2', NULL, '010', NULL, 1, 0.0, NULL, NULL, "
                            + "NULL, NULL, 'asserted', 0.5, 11, 20, 'Kremlin said', '[]')");
                    s.execute("INSERT INTO registry_actors VALUES ('code:RUSGOV', 'country', 'Kremlin', 'rus', "
                            + "'GOV', 'RUSGOV')");
                }
                return null;
            });
        }
        try (ParleyStore v5 = ParleyStore.open(file, SchemaMigrations.ALL, Clock.systemUTC())) {
            List<String> rows = v5.read(c -> {
                List<String> found = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                        SELECT event_id, source_name, source_code, source_country, target_name, target_code,
                               target_country, place_name, place_country FROM events ORDER BY seq""")) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= 9; i++) {
                            row.append(i > 1 ? "|" : "").append(r.getString(i));
                        }
                        found.add(row.toString());
                    }
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT (SELECT string_agg("
                        + "country, ',' ORDER BY seq) FROM actors) || ' ' || (SELECT country FROM places) || ' ' "
                        + "|| (SELECT country FROM registry_actors)")) {
                    r.next();
                    found.add(r.getString(1));
                }
                return found;
            });
            assertThat(rows).containsExactly(
                    "e1|Joe Biden|USAGOV|USA|Kremlin|RUSGOV|RUS|Moscow|RU",
                    "e2|Kremlin|RUSGOV|RUS|null|null|null|null|null",
                    "USA,RUS RU RUS");
            assertThat(v5.events(org.parley.query.EventQuery.all().withCountry("rus").withPlace("ru")))
                    .singleElement().satisfies(e -> {
                        assertThat(e.eventId()).isEqualTo("e1");
                        assertThat(e.target().name()).isEqualTo("Kremlin");
                        assertThat(e.placeName()).isEqualTo("Moscow");
                    });
        }
    }

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
