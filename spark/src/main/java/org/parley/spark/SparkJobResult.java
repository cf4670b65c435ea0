package org.parley.spark;

/**
 * What one run produced.
 *
 * @param articles articles annotated and extracted
 * @param events   export rows written (one per event)
 * @param issues   records that failed, each written to the issues output
 */
public record SparkJobResult(long articles, long events, long issues) {
}
