package org.parley.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An international or major organization: an IGO, NGO, armed group, party, state agency or news medium.
 *
 * @param name           canonical name ("International Atomic Energy Agency")
 * @param aliases        other names ("UN nuclear watchdog")
 * @param acronyms       acronyms, matched exactly as written ("IAEA")
 * @param country        alpha-3 of the state it belongs to, or null for international bodies
 * @param sector         CAMEO role code (IGO, NGO, REB, MIL, GOV, LEG, JUD, SPY, COP, OPP, PTY, MED, BUS, ...)
 * @param code           CAMEO actor code ("IGOUNOIAE") or a plain composite where CAMEO has none ("YEMREB")
 * @param ambiguousNames the names or acronyms of this organization that also mean something else ("WHO", "AU")
 */
public record Organization(String name, List<String> aliases, List<String> acronyms, String country, String sector,
                           String code, Set<String> ambiguousNames) {

    public Organization {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organization needs a name");
        }
        if (sector == null || sector.isBlank()) {
            throw new IllegalArgumentException(name + " needs a sector");
        }
        if (country != null && country.isBlank()) {
            country = null;
        }
        if (country != null && country.length() != 3) {
            throw new IllegalArgumentException(name + ": country must be an alpha-3 code: '" + country + "'");
        }
        Objects.requireNonNull(code, "code");
        aliases = List.copyOf(aliases);
        acronyms = List.copyOf(acronyms);
        ambiguousNames = Set.copyOf(ambiguousNames);
        // fields are assigned only after a compact constructor ends, so gather the forms from the parameters
        List<String> forms = new ArrayList<>(List.of(name));
        forms.addAll(aliases);
        forms.addAll(acronyms);
        Set<String> own = forms.stream().map(LookupKey::name).collect(Collectors.toSet());
        for (String a : ambiguousNames) {
            if (!own.contains(LookupKey.name(a))) {
                throw new IllegalArgumentException(name + ": ambiguous name '" + a + "' is not one of its names");
            }
        }
    }

    /** Name, aliases and acronyms: what {@code organization} matches. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        all.addAll(acronyms);
        return List.copyOf(all);
    }

    /** Whether this form of the organization's name needs context before it is read as this organization. */
    public boolean isAmbiguous(String form) {
        String key = LookupKey.name(form);
        return ambiguousNames.stream().anyMatch(a -> LookupKey.name(a).equals(key));
    }
}
