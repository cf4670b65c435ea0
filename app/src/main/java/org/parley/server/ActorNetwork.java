package org.parley.server;

import java.util.List;

/**
 * The strongest who-acts-on-whom edges and the actors they join.
 *
 * @param nodes     the actors, each once
 * @param edges     the edges, heaviest first
 * @param truncated whether lighter edges were left out to keep the graph readable
 */
public record ActorNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges, boolean truncated) {

    public ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
