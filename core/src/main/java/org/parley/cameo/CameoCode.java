package org.parley.cameo;

/**
 * One CAMEO event code as the codebook defines it.
 *
 * @param code      two to four digits ("19", "190", "1823")
 * @param name      the codebook's name for it ("Use conventional military force")
 * @param root      the first two digits, the cue category ("19")
 * @param goldstein Goldstein conflict-cooperation value, -10 (most conflictual) to +10
 * @param quad      quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String name, String root, double goldstein, int quad) {

    public CameoCode {
        if (code == null || !isWellFormed(code)) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2-4 digits");
        }
        if (root == null || !root.equals(code.substring(0, 2))) {
            throw new IllegalArgumentException("CAMEO code " + code + " has root " + root + ", not its first two digits");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("CAMEO code " + code + " has no name");
        }
        if (goldstein < -10 || goldstein > 10 || Double.isNaN(goldstein)) {
            throw new IllegalArgumentException("CAMEO code " + code + " Goldstein value " + goldstein + " is outside -10..10");
        }
        if (quad < 1 || quad > 4) {
            throw new IllegalArgumentException("CAMEO code " + code + " quad class " + quad + " is not 1-4");
        }
    }

    /** True for a bare cue category ("19") rather than an event form under it. */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /** Whether the string has the shape of a CAMEO event code: two to four ASCII digits. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() < 2 || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
