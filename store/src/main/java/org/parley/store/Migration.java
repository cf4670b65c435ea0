package org.parley.store;

import java.util.List;

/**
 * One forward step of the schema: the statements that take a database from {@code version - 1} to
 * {@code version}. Steps are never edited once released; a change to the schema is a new step.
 *
 * @param version     the schema version after this step (from 1)
 * @param description what the step does, stored in {@code schema_version}
 * @param statements  DDL statements run in order inside one transaction
 */
record Migration(int version, String description, List<String> statements) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration version " + version + " < 1");
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
        statements = List.copyOf(statements);
    }
}
