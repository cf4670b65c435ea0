package org.parley.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.export.EventExportRow;
import org.parley.ingest.ProcessingIssue;

/**
 * The rows one record turns into, all in one flat schema ({@link #SCHEMA}) so that each article is annotated once
 * and its outcome then split into the job's outputs:
 * <ul>
 *   <li>{@code kind = "event"}: one {@link EventExportRow}, in the columns {@link EventExportRow#COLUMNS} with the
 *       types of {@code event-export-row.md} ({@link #EVENT_SCHEMA});</li>
 *   <li>{@code kind = "article"}: one per extracted article, with its per-article JSON (SCHEMA.md) or null;</li>
 *   <li>{@code kind = "issue"}: one per record that failed, with file, line, stage and reason
 *       ({@link #ISSUE_COLUMNS}).</li>
 * </ul>
 * The event columns are derived from the record's components, whose order {@link EventExportRow#COLUMNS} follows,
 * so the Spark schema cannot drift from the CLI's export. Stateless: thread-safe.
 */
public final class OutcomeRows {

    public static final String EVENT = "event";
    public static final String ARTICLE = "article";
    public static final String ISSUE = "issue";

    /** The export columns and their Spark types: VARCHAR string, INTEGER int, DOUBLE double, BIGINT long. */
    public static final StructType EVENT_SCHEMA = eventSchema();

    /** Columns of the issues output, in order. */
    public static final List<String> ISSUE_COLUMNS = List.of("article_id", "file", "line", "stage", "reason");

    /** kind, the event columns (article_id shared with issues), then file, line, stage, reason and json. */
    public static final StructType SCHEMA = outcomeSchema();

    private static final RecordComponent[] COMPONENTS = EventExportRow.class.getRecordComponents();

    private OutcomeRows() {
    }

    /** The outcome row of one export row. */
    public static Row event(EventExportRow row) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = EVENT;
        for (int i = 0; i < COMPONENTS.length; i++) {
            values[i + 1] = component(row, COMPONENTS[i]);
        }
        return RowFactory.create(values);
    }

    /** The outcome row of an extracted article, with its JSON line or null. */
    public static Row article(String articleId, String json) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = ARTICLE;
        values[1] = articleId;
        values[SCHEMA.size() - 1] = json;
        return RowFactory.create(values);
    }

    /** The outcome row of a failed record. */
    public static Row issue(ProcessingIssue issue) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = ISSUE;
        values[1] = issue.recordId();
        int at = 1 + COMPONENTS.length;
        values[at] = issue.file();
        values[at + 1] = issue.line();
        values[at + 2] = issue.stage();
        values[at + 3] = issue.reason();
        return RowFactory.create(values);
    }

    /** An export row back from a row with the {@link #EVENT_SCHEMA} columns (by name), as written to Parquet. */
    public static EventExportRow toExportRow(Row row) {
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            int at = row.fieldIndex(EventExportRow.COLUMNS.get(i));
            args[i] = row.isNullAt(at) ? null : row.get(at);
        }
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return EventExportRow.class.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("not an event export row: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("EventExportRow's canonical constructor is not accessible", e);
        }
    }

    private static Object component(EventExportRow row, RecordComponent c) {
        try {
            return c.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of an export row", e);
        }
    }

    private static StructType eventSchema() {
        RecordComponent[] components = EventExportRow.class.getRecordComponents();
        if (components.length != EventExportRow.COLUMNS.size()) {
            throw new IllegalStateException("EventExportRow has " + components.length + " components but "
                    + EventExportRow.COLUMNS.size() + " columns");
        }
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            fields.add(DataTypes.createStructField(EventExportRow.COLUMNS.get(i), sparkType(t), !t.isPrimitive()));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType sparkType(Class<?> t) {
        if (t == String.class) {
            return DataTypes.StringType;
        } else if (t == int.class || t == Integer.class) {
            return DataTypes.IntegerType;
        } else if (t == double.class || t == Double.class) {
            return DataTypes.DoubleType;
        } else if (t == long.class || t == Long.class) {
            return DataTypes.LongType;
        }
        throw new IllegalStateException("no Spark type for export row component type " + t.getName());
    }

    private static StructType outcomeSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("kind", DataTypes.StringType, false));
        for (StructField f : EVENT_SCHEMA.fields()) {
            // every column is nullable here: article and issue rows leave the event columns empty
            fields.add(DataTypes.createStructField(f.name(), f.dataType(), true));
        }
        fields.add(DataTypes.createStructField("file", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("line", DataTypes.LongType, true));
        fields.add(DataTypes.createStructField("stage", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("json", DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }
}
