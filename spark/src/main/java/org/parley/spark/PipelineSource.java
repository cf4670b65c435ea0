package org.parley.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Where a task finds its pipelines on the executor: a serializable reference to a factory (normally
 * {@link ExecutorPipelines#shared()}), so that the task closure carries the way to the pipelines, never the
 * pipelines themselves. Implementations must be cheap to serialize and return thread-safe pipelines.
 */
@FunctionalInterface
public interface PipelineSource extends Supplier<ExecutorPipelines>, Serializable {

    /** The per-JVM pipelines configured as {@code parley extract}'s. */
    static PipelineSource shared() {
        return ExecutorPipelines::shared;
    }
}
