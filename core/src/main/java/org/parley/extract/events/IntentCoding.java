package org.parley.extract.events;

import java.util.Map;

/**
 * CAMEO codes an act that is announced or intended, not yet done, as the intent: "will provide food aid" is 0333
 * (express intent to provide humanitarian aid), "will impose sanctions" 1312 (threaten with sanctions). This maps
 * the code of a planned material act to its intent code: cooperation (05-08) to the matching code under 03,
 * conflict (14-20) to the matching code under 13, following the parallel structure of the CAMEO manual's 03 and
 * 13 categories. Meetings (04) keep their code: a planned meeting is a meeting with planned modality; mediation
 * (045) announced is the intent to mediate (039), which the manual puts before any visit or meeting; and an
 * offer to meet on a condition ("would meet the mediator if he gave them a veto") is the intent to meet (036), as
 * the manual codes conditional commitments. Stateless.
 */
final class IntentCoding {

    /** Planned act (longest prefix first) to intent code. */
    private static final Map<String, String> INTENT = Map.ofEntries(
            Map.entry("045", "039"),
            Map.entry("05", "032"),
            Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
            Map.entry("064", "0314"),
            Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"),
            Map.entry("074", "0334"),
            Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"),
            Map.entry("084", "0353"), Map.entry("085", "0354"), Map.entry("086", "0355"), Map.entry("087", "0356"),
            Map.entry("14", "133"),
            Map.entry("15", "138"),
            Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("163", "1312"),
            Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("166", "136"),
            Map.entry("17", "137"), Map.entry("172", "132"),
            Map.entry("18", "1383"),
            Map.entry("19", "1384"), Map.entry("191", "1381"), Map.entry("192", "1382"),
            Map.entry("20", "1383"), Map.entry("204", "1385"));

    private IntentCoding() {
    }

    /** Conditional offers of meetings and mediation (longest prefix first) to their intent code. */
    private static final Map<String, String> CONDITIONAL = Map.of("04", "036", "045", "039");

    /** The intent code for an act offered or threatened on a condition: as {@link #intentFor}, and meetings too. */
    static String conditionalIntentFor(String cameo) {
        for (int k = Math.min(cameo.length(), 3); k >= 2; k--) {
            String code = CONDITIONAL.get(cameo.substring(0, k));
            if (code != null) {
                return code;
            }
        }
        return intentFor(cameo);
    }

    /** The intent code for a planned act, or the code unchanged when CAMEO has no intent form for it. */
    static String intentFor(String cameo) {
        for (int k = Math.min(cameo.length(), 4); k >= 2; k--) {
            String code = INTENT.get(cameo.substring(0, k));
            if (code != null) {
                return code;
            }
        }
        return cameo;
    }
}
