package org.parley.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.parley.extract.Extraction;

/** Reads one stored article's extraction back: how the JSONL export gets SCHEMA.md records from the store. */
@FunctionalInterface
public interface ExtractionLookup {
    Optional<Extraction> extraction(Connection c, String articleId) throws SQLException;
}
