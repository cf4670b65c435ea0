package org.parley.knowledge;

import java.util.Objects;

/**
 * A place or building whose name stands for a state institution: "the Kremlin said" is Russia's
 * government speaking, "the Pentagon" the US military. Every capital is one (sector GOV).
 *
 * @param name      as written ("Downing Street")
 * @param country   alpha-3 of the state it stands for
 * @param sector    the institution: GOV, MIL, LEG, JUD, SPY or COP
 * @param capital   true when the seat is a capital city from countries.tsv
 * @param ambiguous true when the name commonly means something else too ("Washington", "Congress")
 */
public record GovernmentSeat(String name, String country, String sector, boolean capital, boolean ambiguous) {

    public GovernmentSeat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        if (name.isBlank() || country.length() != 3 || sector.isBlank()) {
            throw new IllegalArgumentException("government seat needs a name, an alpha-3 country and a sector: "
                    + name + "/" + country + "/" + sector);
        }
    }

    /** The CAMEO actor code: country then sector ("RUSGOV", "USAMIL"). */
    public String code() {
        return country + sector;
    }
}
