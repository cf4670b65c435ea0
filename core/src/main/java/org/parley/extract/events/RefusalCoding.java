package org.parley.extract.events;

import java.util.Map;

/**
 * CAMEO codes a decision not to do a cooperative act as a rejection, not as a negated act: "will not accept
 * refugees" is 1223 (reject request for humanitarian aid), "would not attend the talks" 125 (reject proposal to
 * meet), "refused to lift the curfew" 1241. This maps the code of a cooperative act (04-08, and the signing of an
 * agreement, 057) to the code under 12 that refuses it, following the parallel structure of the CAMEO manual's
 * 12 category; conflictual acts (09-20) have none, since not attacking is no event. Stateless.
 */
final class RefusalCoding {

    /** Refused act (longest prefix first) to rejection code. */
    private static final Map<String, String> REFUSAL = Map.ofEntries(
            Map.entry("04", "125"), Map.entry("045", "126"),
            Map.entry("05", "120"), Map.entry("057", "127"),
            Map.entry("06", "121"), Map.entry("061", "1211"), Map.entry("062", "1212"), Map.entry("063", "1213"),
            Map.entry("07", "122"), Map.entry("071", "1221"), Map.entry("072", "1222"), Map.entry("073", "1223"),
            Map.entry("074", "1224"), Map.entry("075", "1223"),
            Map.entry("08", "124"), Map.entry("081", "1241"), Map.entry("082", "1242"),
            Map.entry("083", "123"), Map.entry("0831", "1231"), Map.entry("0832", "1232"), Map.entry("0833", "1233"),
            Map.entry("0834", "1234"),
            Map.entry("084", "1243"), Map.entry("085", "1244"), Map.entry("086", "1245"), Map.entry("087", "1246"));

    private RefusalCoding() {
    }

    /** The rejection code for refusing an act, or null when CAMEO has none (the act is not cooperative). */
    static String refusalOf(String cameo) {
        for (int k = Math.min(cameo.length(), 4); k >= 2; k--) {
            String code = REFUSAL.get(cameo.substring(0, k));
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
