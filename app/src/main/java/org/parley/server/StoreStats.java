package org.parley.server;

/**
 * How much the store holds.
 *
 * @param articles articles
 * @param actors   actor rows (one per actor per article)
 * @param quotes   quotes
 * @param events   events
 * @param places   place rows
 * @param issues   recorded processing issues
 */
public record StoreStats(long articles, long actors, long quotes, long events, long places, long issues) {
}
