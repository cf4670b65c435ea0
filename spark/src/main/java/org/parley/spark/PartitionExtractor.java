package org.parley.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.parley.ingest.InputRecord;

/**
 * The {@code mapPartitions} function: decodes each raw row of a partition, annotates and extracts each article
 * once, and streams out its {@link OutcomeRows} as the partition is consumed, so a partition's memory stays that
 * of one article whatever its size.
 *
 * <p>Serialized to the executors with each task, it carries only the decoder, a flag and the
 * {@link PipelineSource}. The pipelines are looked up on the executor when the first article of the partition
 * needs them. One instance per task; the pipelines it reaches are shared safely between tasks.
 */
public final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final InputDecoder decoder;
    private final boolean writeJson;
    private final PipelineSource pipelines;

    /**
     * @param writeJson whether to keep each article's JSON (SCHEMA.md) in its article row
     * @param pipelines where tasks find the pipelines on the executor ({@link PipelineSource#shared()})
     */
    public PartitionExtractor(InputDecoder decoder, boolean writeJson, PipelineSource pipelines) {
        this.decoder = decoder;
        this.writeJson = writeJson;
        this.pipelines = pipelines;
    }

    /** The outcome rows of {@code input}, computed as they are consumed. */
    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        return new Iterator<>() {
            private ArticleProcessor processor;
            private Iterator<InputRecord> records = Collections.emptyIterator();
            private Iterator<Row> pending = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!pending.hasNext()) {
                    if (records.hasNext()) {
                        InputRecord r = records.next();
                        if (r.isArticle() && processor == null) {
                            processor = new ArticleProcessor(pipelines.get(), writeJson);
                        }
                        pending = r.isArticle() ? processor.process(r).iterator()
                                : List.of(OutcomeRows.issue(r.issue())).iterator();
                    } else if (input.hasNext()) {
                        records = decoder.decode(input.next()).iterator();
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.next();
            }
        };
    }
}
