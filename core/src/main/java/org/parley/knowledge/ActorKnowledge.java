package org.parley.knowledge;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Parley knows about actors before reading an article: countries and territories with their names,
 * demonyms and capitals; the seats that stand for governments ("the Kremlin", "the Pentagon"); international
 * and major organizations; role words ("foreign minister", "troops"); and office holders, the heads of state
 * and government and other office-holders a name alone identifies ("Erdoğan" -> Turkey's government).
 *
 * <p>Names are matched as {@link LookupKey#name} compares them: case-sensitive (so "turkey" is not Turkey),
 * with curly apostrophes, diacritics, spacing and a leading "the" ignored, and a possessive ending tried
 * away when the whole form is unknown ("Russia's"). Entries the tables flag as ambiguous ("Georgia",
 * "Washington", "WHO") are still returned, and a form two entries share ("Dominican", "Congolese") goes
 * to the one that does not flag it, else to the first listed: callers ask {@link Country#isAmbiguous},
 * {@link Organization#isAmbiguous} or {@link GovernmentSeat#ambiguous()} and look for context.
 * Role phrases are matched in lower case.
 *
 * <p>Immutable after construction and safe to share between threads. Building the built-in knowledge reads
 * about 3,000 table lines; do it once and pass the instance down.
 */
public final class ActorKnowledge {

    /** Where the built-in tables live on the class path. */
    public static final String RESOURCE_DIRECTORY = "/org/parley/knowledge/";

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}.]+|[^\\s\\p{L}\\p{N}.]");
    private static final String GOVERNMENT = "GOV";

    private final List<Country> countries;
    private final List<Organization> organizations;
    private final List<Role> roles;
    private final List<GovernmentSeat> seats;
    private final OfficeHolderIndex officeHolders;

    private final Map<String, Country> countryByName = new HashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final Map<String, Country> countryByAlpha3 = new HashMap<>();
    private final Map<String, Country> countryByAlpha2 = new HashMap<>();
    private final Map<String, GovernmentSeat> seatByName = new HashMap<>();
    private final Map<String, Organization> organizationByName = new HashMap<>();
    private final Map<String, Role> roleByPhrase = new HashMap<>();
    private final RoleNode roleTrie = new RoleNode();
    private final int maxNameTokens;
    private final int maxRoleTokens;

    private ActorKnowledge(List<Country> countries, List<Organization> organizations, List<Role> roles,
                           List<GovernmentSeat> extraSeats, List<OfficeHolder> officeHolders) {
        this.countries = List.copyOf(countries);
        this.organizations = List.copyOf(organizations);
        this.roles = List.copyOf(roles);
        int longestName = 1;
        for (Country c : this.countries) {
            put(countryByAlpha3, c.alpha3(), c, "alpha-3 code", Country::alpha3);
            put(countryByAlpha2, c.alpha2(), c, "alpha-2 code", Country::alpha3);
            for (String n : c.names()) {
                putShared(countryByName, n, c, "country name");
                longestName = Math.max(longestName, tokenCount(n));
            }
            for (String d : c.demonyms()) {
                putShared(countryByDemonym, d, c, "demonym");
                longestName = Math.max(longestName, tokenCount(d));
            }
        }
        List<GovernmentSeat> allSeats = new ArrayList<>();
        for (Country c : this.countries) {
            for (String capital : c.capitals()) {
                allSeats.add(new GovernmentSeat(capital, c.alpha3(), GOVERNMENT, true, c.isAmbiguous(capital)));
            }
        }
        allSeats.addAll(extraSeats);
        for (GovernmentSeat s : allSeats) {
            if (!countryByAlpha3.containsKey(s.country())) {
                throw new IllegalStateException("government seat '" + s.name() + "' names unknown country "
                        + s.country());
            }
            String key = LookupKey.name(s.name());
            GovernmentSeat previous = seatByName.get(key);
            if (previous == null) {
                seatByName.put(key, s);
            } else if (!previous.code().equals(s.code())) {
                throw new IllegalStateException("government seat '" + s.name() + "' is given to both "
                        + previous.code() + " and " + s.code());
            }
            longestName = Math.max(longestName, tokenCount(s.name()));
        }
        this.seats = List.copyOf(allSeats);
        for (Organization o : this.organizations) {
            if (o.country() != null && !countryByAlpha3.containsKey(o.country())) {
                throw new IllegalStateException("organization '" + o.name() + "' names unknown country "
                        + o.country());
            }
            for (String n : o.names()) {
                putShared(organizationByName, n, o, Organization::isAmbiguous, Organization::name,
                        "organization name");
                longestName = Math.max(longestName, tokenCount(n));
            }
        }
        int longestRole = 1;
        for (Role r : this.roles) {
            put(roleByPhrase, LookupKey.phrase(r.phrase()), r, "role '" + r.phrase() + "'", Role::phrase);
            for (List<String> path : tokenPaths(r.words())) {
                roleTrie.insert(path, r);
                longestRole = Math.max(longestRole, path.size());
            }
        }
        this.maxNameTokens = longestName;
        this.maxRoleTokens = longestRole;
        for (OfficeHolder h : officeHolders) {
            if (h.country() != null && !countryByAlpha3.containsKey(h.country())) {
                throw new IllegalStateException("office holder '" + h.name() + "' names unknown country "
                        + h.country());
            }
        }
        this.officeHolders = new OfficeHolderIndex(officeHolders);
    }

    /**
     * Knowledge built from tables already parsed (tests build small ones this way). Government seats are
     * the extra seats given here plus every country's capitals (sector GOV).
     *
     * @throws IllegalStateException when two entries claim the same name, code or phrase, or a seat or
     *                               organization names a country that is not among {@code countries}
     */
    public static ActorKnowledge of(List<Country> countries, List<Organization> organizations, List<Role> roles,
                                    List<GovernmentSeat> governmentSeats) {
        return new ActorKnowledge(countries, organizations, roles, governmentSeats, List.of());
    }

    /**
     * Knowledge built from tables already parsed, office holders included.
     *
     * @throws IllegalStateException as {@link #of(List, List, List, List)} does, or when an office holder
     *                               names a country that is not among {@code countries}
     */
    public static ActorKnowledge of(List<Country> countries, List<Organization> organizations, List<Role> roles,
                                    List<GovernmentSeat> governmentSeats, List<OfficeHolder> officeHolders) {
        return new ActorKnowledge(countries, organizations, roles, governmentSeats, officeHolders);
    }

    /**
     * Knowledge read from the four tables in their TSV format (see {@link KnowledgeTableReader}).
     *
     * @throws IllegalStateException naming the table and line of the first bad line
     */
    public static ActorKnowledge read(Reader countries, Reader organizations, Reader roles, Reader governmentSeats) {
        return of(KnowledgeTableReader.countries("countries.tsv", countries),
                KnowledgeTableReader.organizations("organizations.tsv", organizations),
                KnowledgeTableReader.roles("roles.tsv", roles),
                KnowledgeTableReader.governmentSeats("government_seats.tsv", governmentSeats));
    }

    /**
     * Knowledge read from the five tables in their TSV format, office holders included.
     *
     * @throws IllegalStateException naming the table and line of the first bad line
     */
    public static ActorKnowledge read(Reader countries, Reader organizations, Reader roles, Reader governmentSeats,
                                      Reader officeHolders) {
        return of(KnowledgeTableReader.countries("countries.tsv", countries),
                KnowledgeTableReader.organizations("organizations.tsv", organizations),
                KnowledgeTableReader.roles("roles.tsv", roles),
                KnowledgeTableReader.governmentSeats("government_seats.tsv", governmentSeats),
                KnowledgeTableReader.officeHolders("office_holders.tsv", officeHolders));
    }

    /**
     * The knowledge Parley ships: countries.tsv, organizations.tsv, roles.tsv, government_seats.tsv and
     * office_holders.tsv under {@link #RESOURCE_DIRECTORY}.
     *
     * @throws IllegalStateException when a table is missing or has a bad line (with its name and line number)
     */
    public static ActorKnowledge loadBuiltIn() {
        return of(KnowledgeTableReader.countries(resourceName("countries.tsv"), resource("countries.tsv")),
                KnowledgeTableReader.organizations(resourceName("organizations.tsv"), resource("organizations.tsv")),
                KnowledgeTableReader.roles(resourceName("roles.tsv"), resource("roles.tsv")),
                KnowledgeTableReader.governmentSeats(resourceName("government_seats.tsv"),
                        resource("government_seats.tsv")),
                KnowledgeTableReader.officeHolders(resourceName("office_holders.tsv"),
                        resource("office_holders.tsv")));
    }

    /** The country one of whose names, official name or aliases this is ("Britain", "the U.S.", "Russia's"). */
    public Optional<Country> countryByName(String name) {
        return lookupName(countryByName, name);
    }

    /** The country this demonym adjective or people noun belongs to ("Russian", "Britons", "Emirati"). */
    public Optional<Country> countryByDemonym(String demonym) {
        return demonym == null ? Optional.empty()
                : Optional.ofNullable(countryByDemonym.get(LookupKey.name(demonym)));
    }

    /** The country with this ISO 3166-1 alpha-3 code (any case). */
    public Optional<Country> countryByAlpha3(String alpha3) {
        return alpha3 == null ? Optional.empty()
                : Optional.ofNullable(countryByAlpha3.get(alpha3.strip().toUpperCase(Locale.ROOT)));
    }

    /** The country with this ISO 3166-1 alpha-2 code (any case). */
    public Optional<Country> countryByAlpha2(String alpha2) {
        return alpha2 == null ? Optional.empty()
                : Optional.ofNullable(countryByAlpha2.get(alpha2.strip().toUpperCase(Locale.ROOT)));
    }

    /** The government seat or capital this name stands for ("Kremlin" -> RUS GOV, "Pentagon" -> USA MIL). */
    public Optional<GovernmentSeat> governmentSeat(String name) {
        return lookupName(seatByName, name);
    }

    /** The organization with this canonical name, alias or acronym ("IAEA", "the Taliban", "U.N."). */
    public Optional<Organization> organization(String name) {
        return lookupName(organizationByName, name);
    }

    /** The role with exactly this phrase, compared in lower case ("Foreign Minister" -> foreign minister). */
    public Optional<Role> role(String phrase) {
        return phrase == null ? Optional.empty() : Optional.ofNullable(roleByPhrase.get(LookupKey.phrase(phrase)));
    }

    /**
     * The longest role whose words start at {@code from} in a token sequence. Tokens are compared as
     * {@link LookupKey#phrase} compares them, so lower-casing them first is optional; a hyphenated role
     * matches both as one token ("secretary-general") and as three ("secretary", "-", "general").
     */
    public Optional<RoleMatch> longestRoleAt(List<String> words, int from) {
        if (from < 0 || from >= words.size()) {
            return Optional.empty();
        }
        RoleNode node = roleTrie;
        Role best = null;
        int bestEnd = -1;
        for (int i = from; i < words.size() && i - from < maxRoleTokens; i++) {
            node = node.next.get(LookupKey.phrase(words.get(i)));
            if (node == null) {
                break;
            }
            if (node.role != null) {
                best = node.role;
                bestEnd = i + 1;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new RoleMatch(best, from, bestEnd));
    }

    /**
     * Every tenure of every office holder whose name this text is compatible with ("Erdogan", "Recep Tayyip
     * Erdoğan", "Bush"), in table order, whatever the date: former holders are included, each tenure with its
     * dates, so the caller can decide what a past office still says (a former president is still of his
     * country). Names are compared as {@link #officeHolder} compares them.
     */
    public List<OfficeHolder> officeHolders(String surnameOrName) {
        return officeHolders.matching(surnameOrName);
    }

    /**
     * The office holder a name written in an article stands for on a day.
     *
     * <p>{@code nameWords} are the words of the name as written, folded or not ("recep", "tayyip", "erdogan",
     * or just "erdogan"; titles left out). They match a holder when their last word is the last word of the
     * holder's name or of one of its aliases and every other word is one of that form's earlier words, in order
     * (an initial stands for a word it starts), so "George Bush" finds George W. Bush and "Jeb Bush" does not.
     *
     * <p>When several people match, the one in office on {@code onDate} wins; when none of them was in office
     * then, a single matching person is still returned, in the tenure nearest the date (a former leader's
     * country and sector usually still hold; check {@link OfficeHolder#inOffice} if that matters). Empty when
     * nothing matches or several people remain (two in office that day, or several former ones). With a null
     * {@code onDate}, only a name a single person carries is accepted, in that person's latest tenure.
     */
    public Optional<OfficeHolder> officeHolder(List<String> nameWords, LocalDate onDate) {
        return officeHolders.resolve(nameWords, onDate);
    }

    /** Every tenure in the office-holder table, in table order. */
    public List<OfficeHolder> officeHolders() {
        return officeHolders.holders();
    }

    /**
     * The most tokens any country name, demonym, seat or organization name spans (punctuation counted as
     * tokens, as a tokenizer would), so a caller scanning n-grams knows when to stop.
     */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** The most tokens any role phrase spans, hyphens counted as tokens. */
    public int maxRoleTokens() {
        return maxRoleTokens;
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    public List<Role> roles() {
        return roles;
    }

    /** Every government seat: the capitals first, then the other seats. */
    public List<GovernmentSeat> governmentSeats() {
        return seats;
    }

    private static <T> Optional<T> lookupName(Map<String, T> index, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        T found = index.get(LookupKey.name(name));
        if (found == null) {
            String bare = LookupKey.withoutPossessive(name);
            if (bare != null) {
                found = index.get(LookupKey.name(bare));
            }
        }
        return Optional.ofNullable(found);
    }

    private static void putShared(Map<String, Country> index, String form, Country country, String what) {
        putShared(index, form, country, Country::isAmbiguous, Country::alpha3, what);
    }

    /**
     * Indexes a form that several entries may share when all of them but at most one flag it as ambiguous;
     * the entry that does not flag it is the default reading, otherwise the first one stays.
     */
    private static <T> void putShared(Map<String, T> index, String form, T entry,
                                      BiPredicate<T, String> flags,
                                      Function<T, String> id, String what) {
        String key = LookupKey.name(form);
        T previous = index.putIfAbsent(key, entry);
        if (previous == null || previous.equals(entry)) {
            return;
        }
        boolean previousFlags = flags.test(previous, form);
        boolean entryFlags = flags.test(entry, form);
        if (!previousFlags && !entryFlags) {
            throw new IllegalStateException(what + " '" + form + "' is claimed by both " + id.apply(previous)
                    + " and " + id.apply(entry) + "; a shared form must be ambiguous in all entries but one");
        }
        if (previousFlags && !entryFlags) {
            index.put(key, entry);
        }
    }

    private static <T> void put(Map<String, T> index, String key, T value, String what,
                                Function<T, String> id) {
        T previous = index.putIfAbsent(key, value);
        if (previous != null && previous != value) {
            throw new IllegalStateException(what + " is claimed by both " + id.apply(previous) + " and "
                    + id.apply(value));
        }
    }

    static int tokenCount(String text) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The phrase's words, and when a word is hyphenated also the variant with the hyphens split off. */
    private static Collection<List<String>> tokenPaths(List<String> words) {
        List<String> split = new ArrayList<>();
        for (String w : words) {
            if (w.length() > 2 && w.indexOf('-') > 0 && w.lastIndexOf('-') < w.length() - 1) {
                String[] parts = w.split("-");
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        split.add("-");
                    }
                    split.add(parts[i]);
                }
            } else {
                split.add(w);
            }
        }
        return split.equals(words) ? List.of(words) : List.of(words, split);
    }

    private static String resourceName(String file) {
        return RESOURCE_DIRECTORY.substring(1) + file;
    }

    private static Reader resource(String file) {
        InputStream in = ActorKnowledge.class.getResourceAsStream(RESOURCE_DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException("built-in actor knowledge is missing " + resourceName(file));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A trie over role tokens; only built in the constructor, read-only afterwards. */
    private static final class RoleNode {
        private final Map<String, RoleNode> next = new HashMap<>();
        private Role role;

        void insert(List<String> path, Role r) {
            RoleNode node = this;
            for (String w : path) {
                node = node.next.computeIfAbsent(LookupKey.phrase(w), k -> new RoleNode());
            }
            if (node.role == null) {
                node.role = r;
            }
        }
    }
}
