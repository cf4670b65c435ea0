package org.parley.knowledge;

/** Where a country or territory stands internationally; written in countries.tsv as UN, OBS, STATE or TERR. */
public enum CountryStatus {
    /** one of the 193 UN member states */
    UN_MEMBER("UN"),
    /** a UN non-member observer state (the Holy See, Palestine) */
    UN_OBSERVER("OBS"),
    /** a state outside the UN (Taiwan, Kosovo, the Cook Islands, Niue) */
    STATE("STATE"),
    /** a dependent territory or an uninhabited area with its own ISO code */
    TERRITORY("TERR");

    private final String code;

    CountryStatus(String code) {
        this.code = code;
    }

    /** The code the resource file uses. */
    public String code() {
        return code;
    }

    /** The status written as {@code code}, or null when the code is unknown. */
    static CountryStatus fromCode(String code) {
        for (CountryStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return null;
    }
}
