package org.parley.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Opens a UTF-8 text resource on the class path and hands it to a parser: the one way Parley's lexicons and
 * word lists load their built-in files. Stateless.
 */
public final class ClasspathResource {

    /** Parses a resource's text; {@code name} names it in error messages ("cues.tsv:12: ..."). */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(BufferedReader reader, String name) throws IOException;
    }

    private ClasspathResource() {
    }

    /**
     * Reads {@code resource} (an absolute class-path name) with {@code parser}.
     *
     * @param what what the resource is, for the error when it is missing ("cue lexicon")
     * @throws IllegalArgumentException when the resource is not on the class path
     */
    public static <T> T read(String resource, String what, Parser<T> parser) {
        InputStream in = ClasspathResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(what + " " + resource + " not found on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.parse(r, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
    }
}
