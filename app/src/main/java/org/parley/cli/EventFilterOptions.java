package org.parley.cli;

import java.time.LocalDate;
import org.parley.extract.Modality;
import org.parley.query.EventQuery;
import picocli.CommandLine.Option;

/** The event filters of {@code parley events} and {@code parley export}: one set of options, one meaning. */
final class EventFilterOptions {

    @Option(names = "--actor", description = "actor name (substring) or CAMEO actor code prefix, either side")
    String actor;

    @Option(names = "--source-country", description = "ISO alpha-3 of the source actor")
    String sourceCountry;

    @Option(names = "--target-country", description = "ISO alpha-3 of the target actor")
    String targetCountry;

    @Option(names = "--cameo", description = "CAMEO code or prefix (a root like 04, or 0431)")
    String cameo;

    @Option(names = "--modality", description = "asserted, reported, alleged, hypothetical, negated, planned, historical")
    String modality;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "events on or after this date")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "events on or before this date")
    LocalDate until;

    @Option(names = "--article", description = "events of one article id")
    String article;

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

    /** {@code q} narrowed by these options; a malformed value throws IllegalArgumentException naming it. */
    EventQuery apply(EventQuery q) {
        EventQuery out = q.withActor(actor).withSourceCountry(sourceCountry).withTargetCountry(targetCountry)
                .withCameoPrefix(cameo).withModality(modality == null ? null : Modality.parse(modality))
                .withDates(since, until).withArticleId(article)
                .withCountry(country).withPlover(plover).withQuad(quad).withPlace(place).withText(text);
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
