package org.parley.server;

/**
 * An actor in the network.
 *
 * @param id     its index in the node list
 * @param name   canonical name
 * @param code   CAMEO actor code, or null
 * @param events events it takes part in among the edges returned
 */
public record NetworkNode(int id, String name, String code, long events) {
}
