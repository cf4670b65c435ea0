package org.parley.cameo;

import java.util.List;

/**
 * One row of the CAMEO to PLOVER conversion table: the PLOVER event type (and mode and contexts, where the
 * table gives them) that a CAMEO code converts to.
 *
 * @param cameo    the CAMEO code the row is for
 * @param type     PLOVER event type ("ASSAULT")
 * @param mode     PLOVER mode ("heavy-weapons"), or "" when the table gives none
 * @param contexts PLOVER contexts ("military", "legal"), possibly empty
 */
public record PloverMapping(String cameo, String type, String mode, List<String> contexts) {

    public PloverMapping {
        if (!CameoCode.isWellFormed(cameo)) {
            throw new IllegalArgumentException("PLOVER mapping for CAMEO code '" + cameo + "' is not 2-4 digits");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("PLOVER mapping for CAMEO " + cameo + " has no type");
        }
        mode = mode == null ? "" : mode;
        contexts = List.copyOf(contexts);
    }
}
