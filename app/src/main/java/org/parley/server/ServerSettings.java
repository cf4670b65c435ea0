package org.parley.server;

/**
 * How the server listens and whether it accepts articles.
 *
 * @param host        the address to bind (127.0.0.1 by default: the store is not meant for the open network)
 * @param port        the port, 0 for any free one
 * @param ingestToken the bearer token {@code POST /api/articles} requires, or null to keep the server read-only
 */
public record ServerSettings(String host, int port, String ingestToken) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** Shorter tokens can be guessed; a generated one (openssl rand -hex 16) has 32 characters. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the host to bind is missing");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0..65535");
        }
        if (ingestToken != null && ingestToken.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the ingest token must have at least " + MIN_TOKEN_LENGTH
                    + " characters, not " + ingestToken.strip().length());
        }
        ingestToken = ingestToken == null ? null : ingestToken.strip();
    }

    /** Whether POST /api/articles is open (to holders of the token). */
    public boolean ingestEnabled() {
        return ingestToken != null;
    }

    @Override
    public String toString() {
        // never print the token itself
        return "ServerSettings[host=" + host + ", port=" + port + ", ingest=" + (ingestEnabled() ? "on" : "off") + "]";
    }
}
