package org.parley.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A country or territory with the names news uses for it.
 *
 * @param alpha3         ISO 3166-1 alpha-3 ("RUS"); the code Parley writes into {@code Actor.country}
 * @param alpha2         ISO 3166-1 alpha-2 ("RU")
 * @param numeric        ISO 3166-1 numeric ("643"), empty for user-assigned codes (Kosovo)
 * @param name           the common English short name ("Russia")
 * @param officialName   the official name ("Russian Federation")
 * @param aliases        other names and short forms ("U.S.", "America", "Britain")
 * @param adjectives     demonym adjectives ("Russian")
 * @param people         nouns for its people, singular and plural ("Briton", "Britons")
 * @param capitals       capital first, then other seats of government
 * @param status         UN member, observer, other state or territory
 * @param ambiguousNames the names, demonyms or capitals of this country that also mean something else
 *                       ("Turkey", "Chad", "Georgia", "Washington") and need context
 */
public record Country(String alpha3, String alpha2, String numeric, String name, String officialName,
                      List<String> aliases, List<String> adjectives, List<String> people, List<String> capitals,
                      CountryStatus status, Set<String> ambiguousNames) {

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

    public Country {
        Objects.requireNonNull(alpha3, "alpha3");
        if (!ALPHA3.matcher(alpha3).matches()) {
            throw new IllegalArgumentException("alpha-3 code must be three capital letters: '" + alpha3 + "'");
        }
        if (alpha2 == null || !ALPHA2.matcher(alpha2).matches()) {
            throw new IllegalArgumentException(alpha3 + ": alpha-2 code must be two capital letters: '" + alpha2 + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(alpha3 + " needs a name");
        }
        Objects.requireNonNull(status, "status");
        numeric = numeric == null ? "" : numeric;
        officialName = officialName == null || officialName.isBlank() ? name : officialName;
        aliases = List.copyOf(aliases);
        adjectives = List.copyOf(adjectives);
        people = List.copyOf(people);
        capitals = List.copyOf(capitals);
        ambiguousNames = Set.copyOf(ambiguousNames);
        // fields are assigned only after a compact constructor ends, so gather the forms from the parameters
        List<String> forms = new ArrayList<>(List.of(name, officialName));
        forms.addAll(aliases);
        forms.addAll(adjectives);
        forms.addAll(people);
        forms.addAll(capitals);
        Set<String> own = forms.stream().map(LookupKey::name).collect(Collectors.toSet());
        for (String a : ambiguousNames) {
            if (!own.contains(LookupKey.name(a))) {
                throw new IllegalArgumentException(alpha3 + ": ambiguous name '" + a
                        + "' is not one of its names, demonyms or capitals");
            }
        }
    }

    /** Name, official name and aliases: what {@code countryByName} matches. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.add(officialName);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** Adjectives and people nouns: what {@code countryByDemonym} matches. */
    public List<String> demonyms() {
        List<String> all = new ArrayList<>(adjectives);
        all.addAll(people);
        return List.copyOf(all);
    }

    /** True for the 193 UN member states. */
    public boolean unMember() {
        return status == CountryStatus.UN_MEMBER;
    }

    /** Whether this form of the country's name (as {@link LookupKey#name} compares it) needs context. */
    public boolean isAmbiguous(String form) {
        String key = LookupKey.name(form);
        return ambiguousNames.stream().anyMatch(a -> LookupKey.name(a).equals(key));
    }
}
