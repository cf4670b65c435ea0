package org.parley.server;

/**
 * Who acts on whom: all events from one actor to another.
 *
 * @param source        the acting actor's node id (an index into {@link ActorNetwork#nodes()})
 * @param target        the target actor's node id
 * @param events        how many events (the edge weight)
 * @param goldsteinMean their mean Goldstein value
 */
public record NetworkEdge(int source, int target, long events, double goldsteinMean) {
}
