package org.parley.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person's tenure in one office: a head of state or government, a foreign or defence minister, the head
 * of an international organization, or a notable opposition or rebel leader. A person who held several offices,
 * or one office twice, has one record per tenure; records with the same {@code name} are the same person.
 *
 * @param name    the name news uses most ("Recep Tayyip Erdoğan", "Xi Jinping")
 * @param aliases other spellings and short forms ("Recep Tayyip Erdogan", "Volodymyr Zelensky", "Xi"); a bare
 *                surname need not be listed when it is the name's last word, since lookups match on that
 * @param country alpha-3 of the country the office belongs to, or null for an international organization
 * @param sector  CAMEO role code: GOV for state offices, IGO for international ones, OPP or REB for leaders
 *                outside government
 * @param code    CAMEO actor code ("IGOUNO", "IGOWSTNAT"); for a country's office the country and sector
 *                ("TURGOV") when the table leaves it empty
 * @param office  the office in lower case ("president", "prime minister", "foreign minister")
 * @param from    first day in office; a table date given only to the month or year starts at its first day
 * @param to      last day in office (the successor's first day when that is how sources write it), or null
 *                while still in office; a date given only to the month or year ends at its last day
 */
public record OfficeHolder(String name, List<String> aliases, String country, String sector, String code,
                           String office, LocalDate from, LocalDate to) {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");

    public OfficeHolder {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("office holder needs a name");
        }
        if (country != null && country.isBlank()) {
            country = null;
        }
        if (country != null && !ALPHA3.matcher(country).matches()) {
            throw new IllegalArgumentException(name + ": country must be an alpha-3 code: '" + country + "'");
        }
        if (sector == null || !SECTOR.matcher(sector).matches()) {
            throw new IllegalArgumentException(name + ": sector must be a three-letter CAMEO role code: '"
                    + sector + "'");
        }
        if (code == null || code.isBlank()) {
            if (country == null) {
                throw new IllegalArgumentException(name + ": an international office needs a CAMEO code");
            }
            code = country + sector;
        }
        if (office == null || office.isBlank()) {
            throw new IllegalArgumentException(name + " needs an office");
        }
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(name + ": left office (" + to + ") before taking it (" + from + ")");
        }
        aliases = List.copyOf(aliases);
    }

    /** The name and its aliases: the forms a lookup compares with the words of an article. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** Whether the tenure includes this day (both ends count). */
    public boolean inOffice(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the tenure had not ended when the table was compiled. */
    public boolean current() {
        return to == null;
    }
}
