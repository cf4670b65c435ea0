package org.parley.cli;

import org.parley.query.EventQuery;
import picocli.CommandLine.Option;

/** The event filters added for cross-article queries, shared by {@code parley events} and {@code parley export}. */
final class EventFilterOptions {

    @Option(names = "--dyad", paramLabel = "A,B", description = "events from an actor matching A to one matching B "
            + "(names or CAMEO code prefixes)")
    String dyad;

    @Option(names = "--country", description = "ISO alpha-3 of either actor")
    String country;

    @Option(names = "--plover", description = "PLOVER event type (CONSULT, ASSAULT, ...)")
    String plover;

    @Option(names = "--quad", description = "quad class: 1 verbal cooperation, 2 material cooperation, "
            + "3 verbal conflict, 4 material conflict")
    Integer quad;

    @Option(names = "--place", description = "place name (substring) or its ISO alpha-2 country")
    String place;

    @Option(names = "--text", description = "words the evidence sentence contains")
    String text;

    /** {@code q} narrowed by these options. */
    EventQuery apply(EventQuery q) {
        EventQuery out = q.withCountry(country).withPlover(plover).withQuad(quad).withPlace(place).withText(text);
        if (dyad != null) {
            String[] parts = dyad.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("--dyad must be two actors separated by a comma, not '" + dyad
                        + "'");
            }
            out = out.withDyad(parts[0].trim(), parts[1].trim());
        }
        return out;
    }
}
