package org.parley.extract.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.TextSpan;
import org.parley.knowledge.ActorKnowledge;
import org.parley.knowledge.Country;
import org.parley.knowledge.GovernmentSeat;
import org.parley.knowledge.Organization;
import org.parley.knowledge.Role;
import org.parley.knowledge.RoleMatch;

/**
 * Finds the actors of one article and every mention of each: people (with the title, country and sector their
 * role words give), states, governments (named by their seats: "the Kremlin", "Washington" used as an actor),
 * organizations, and country-bound groups ("Russian forces", "U.S. officials"), with "he"/"she" resolved to
 * people.
 *
 * <p>It reads CoreNLP's coarse NER and the shipped {@link ActorKnowledge}; it does not use CoreNLP coreference,
 * which on news merged distinct people (an envoy into his president's chain) and cost over half of the plain
 * pipeline's time (DESIGN.md). Same-person mentions are joined by name ("Steve Witkoff", "Witkoff"); pronouns go
 * to the most recent compatible person.
 *
 * <p>Stateless and thread-safe: all state lives in the per-article {@link ArticleActors} it builds.
 */
public final class ActorExtractor {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "near", "into", "across", "outside",
            "inside", "via", "toward", "towards", "around", "throughout", "within", "between", "through", "of", "over",
            "visit", "visited", "visiting", "reached", "arrived", "left", "leave", "travelled", "traveled");
    private static final Set<String> TITLE_MODIFIERS = Set.of("top", "former", "senior", "deputy", "acting", "then",
            "new", "chief", "the", "a", "an", "outgoing", "incoming", "veteran", "longtime", "late", "interim",
            "current", "ex", "assistant", "powerful", "influential");
    /** Last words of the names of parties and political movements ("Islamic Salvation Front", "Umma Party"). */
    private static final Set<String> PARTY_HEADS = Set.of("party", "front", "movement", "alliance", "league",
            "congress", "coalition", "bloc", "rally");
    private static final Set<String> GOVERNMENT_BODIES = Set.of("administration", "government", "regime", "cabinet");
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("to", "for", "of", "at", "in", "on");
    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("for", "of", "at", "with");
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "official", "head", "chief", "boss", "figure");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "many", "several");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    /** words that place a group before "in": "a group based in Trinidad", "troops stationed in Syria" */
    private static final Set<String> PLACED = Set.of("based", "operating", "living", "stationed", "deployed",
            "fighting", "trapped", "camped", "detained", "held", "active", "working", "sheltering");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "throughout", "across", "of",
            "inside");
    /** bodies that sit in another state: "Sri Lanka's embassy in Tehran" is not Iran's */
    private static final Set<String> FOREIGN_POSTS = Set.of("embassy", "embassies", "consulate", "consulates",
            "mission", "missions", "delegation", "delegations");
    private static final Set<String> DIRECTIONS = Set.of("east", "eastern", "west", "western", "north", "northern",
            "south", "southern", "central", "northeast", "northeastern", "northwest", "northwestern", "southeast",
            "southeastern", "southwest", "southwestern", "neighbouring", "neighboring", "occupied", "rural");
    /** sectors of a state's agents, who often act abroad: their country is never guessed from the sentence */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "IGO");
    /** modifiers that tie a body to one country's politics: "the opposition newspaper", "the state-run daily" */
    private static final Set<String> DOMESTIC_MODIFIERS = Set.of("opposition", "ruling", "state", "state-run",
            "state-owned", "state-controlled", "government", "pro-government", "government-run", "official", "local",
            "provincial", "regional", "national", "pro-opposition", "party");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "dame", "lord", "lady");

    private final ActorKnowledge knowledge;
    private final ActorDictionary user;

    public ActorExtractor(ActorKnowledge knowledge) {
        this(knowledge, ActorDictionary.empty());
    }

    /** @param user the user's own dictionary; its entries win over built-in knowledge and titles */
    public ActorExtractor(ActorKnowledge knowledge, ActorDictionary user) {
        this.knowledge = knowledge;
        this.user = user;
    }

    /**
     * The actors of an article that stand on their own: named people, states, governments, organizations and
     * country-bound groups. Tentative actors (see {@link #extractAll}) are left out.
     */
    public List<Actor> extract(AnnotatedArticle article) {
        Result r = extractAll(article);
        List<Actor> out = new ArrayList<>();
        for (Actor a : r.actors()) {
            if (!r.tentative().contains(a.id())) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Actors with the tentative ones too: a state named only by its adjective ("a Senegalese peace plan") and a
     * person named only by a role ("an Argentine judge"). Those matter when an event or a quote involves them and
     * are noise otherwise, so the caller keeps them only when later stages refer to them.
     *
     * @param actors    every actor, ids in order of first mention
     * @param tentative the ids of the tentative ones
     */
    public record Result(List<Actor> actors, Set<String> tentative) {

        public Result {
            actors = List.copyOf(actors);
            tentative = Set.copyOf(tentative);
        }

        /** The actors, less the tentative ones no later stage referred to. */
        public List<Actor> keep(Set<String> referenced) {
            List<Actor> out = new ArrayList<>();
            for (Actor a : actors) {
                if (!tentative.contains(a.id()) || referenced.contains(a.id())) {
                    out.add(a);
                }
            }
            return out;
        }
    }

    public Result extractAll(AnnotatedArticle article) {
        LocalDate date = article.article().publicationDate().orElse(null);
        ArticleActors state = new ArticleActors(article.text(), date);
        List<PendingPronoun> pronouns = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            scanSentence(article.text(), s, state, pronouns, date);
        }
        state.applyUserDictionary();
        state.linkRoleMentions();
        state.resolvePronouns(pronouns);
        state.resolveBodyPronouns();
        return state.build();
    }

    // ---------------------------------------------------------------- scanning one sentence

    private void scanSentence(String text, Sentence s, ArticleActors state, List<PendingPronoun> pronouns,
                              LocalDate date) {
        List<Token> toks = s.tokens();
        int n = toks.size();
        List<String> lower = new ArrayList<>(n);
        for (Token t : toks) {
            lower.add(t.word().toLowerCase(Locale.ROOT));
        }
        Span[] spans = new Span[n];   // what each token was recognised as
        markPeople(text, toks, lower, spans);
        markKnownNames(text, toks, lower, spans, date);
        markUnlistedOrganizations(text, toks, lower, spans);
        markInitials(toks, spans, state);
        widenDescribedBodies(toks, lower, spans);
        markNationalGroups(text, toks, lower, spans);
        // titles and roles around each person
        for (int i = 0; i < n; i++) {
            Span sp = spans[i];
            if (sp != null && sp.start == i && sp.type == SpanType.PERSON) {
                attachTitle(text, toks, lower, spans, sp);
            }
        }
        // words that are a named person's title are not roles of their own
        boolean[] titleOfNamed = new boolean[n];
        for (Span sp : spans) {
            if (sp != null && sp.type == SpanType.PERSON && sp.titleFrom >= 0) {
                for (int k = sp.titleFrom; k < sp.titleTo; k++) {
                    titleOfNamed[k] = true;
                }
            }
        }
        markUnnamedRoles(text, toks, lower, spans, titleOfNamed);
        markTentativeGroups(text, toks, lower, spans, titleOfNamed, date);
        joinRoleAppositives(lower, spans);
        placeByContext(toks, lower, spans, date, state);
        emitMentions(text, s, toks, spans, state);
        noteSubjectsAndPronouns(text, s, toks, lower, state, pronouns);
    }

    /**
     * People: CoreNLP PERSON spans, less a title NER took into the name.
     */
    private void markPeople(String text, List<Token> toks, List<String> lower, Span[] spans) {
        int n = toks.size();
        for (int i = 0; i < n; ) {
            if ("PERSON".equals(toks.get(i).ner()) && !isPossessive(toks.get(i))) {
                int j = i + 1;
                while (j < n && "PERSON".equals(toks.get(j).ner()) && !isPossessive(toks.get(j))) {
                    j++;
                }
                // NER sometimes takes a title into the name ("Pope Francis"): the title is a role, not a name
                while (j - i >= 2) {
                    Optional<RoleMatch> title = knowledge.longestRoleAt(lower, i);
                    if (title.isEmpty() || !title.get().role().title() || title.get().end() >= j) {
                        break;
                    }
                    i = title.get().end();
                }
                String name = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                // NER sometimes calls a state or an organization a person; knowledge wins
                if (knowledge.countryByName(name).isEmpty() && knowledge.organization(name).isEmpty()
                        && knowledge.governmentSeat(name).isEmpty() && knowledge.countryByDemonym(name).isEmpty()
                        && isProperName(toks, i, j)) {
                    if (j < n && GOVERNMENT_BODIES.contains(lower.get(j))) {
                        Span gov = new Span(SpanType.GROUP, i, j + 1);
                        gov.sector = "GOV";
                        gov.kind = ActorKind.ORGANIZATION;
                        gov.head = lower.get(j);
                        gov.leaderWords = nameWords(toks, new Span(SpanType.PERSON, i, j));
                        mark(spans, gov);
                        i = j + 1;
                        continue;
                    }
                    Span sp = new Span(SpanType.PERSON, i, j);
                    mark(spans, sp);
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * Known names: organizations, countries, government seats, demonyms (longest first).
     */
    private void markKnownNames(String text, List<Token> toks, List<String> lower, Span[] spans, LocalDate date) {
        int n = toks.size();
        int maxLen = Math.min(6, Math.max(knowledge.maxNameTokens(), user.maxNameTokens()));
        for (int i = 0; i < n; i++) {
            if (spans[i] != null || "DT".equals(toks.get(i).pos())) {
                continue;
            }
            // "al-Qaeda", "al Shabaab": an Arabic article starts some names in lower case; such a start is
            // taken only for a whole organization's name of two tokens or more
            boolean lowerStart = !startsUpper(toks.get(i).word());
            for (int len = Math.min(maxLen, n - i); len >= (lowerStart ? 2 : 1); len--) {
                int j = i + len;
                if (anyMarked(spans, i, j) || isPossessive(toks.get(j - 1))) {
                    continue;
                }
                String phrase = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                // "Syrian National Commission" is one name; "Ivory Coast's Supreme Court" is a country and its body
                boolean insideOrganization = "ORGANIZATION".equals(toks.get(i).ner()) && j < n
                        && "ORGANIZATION".equals(toks.get(j).ner()) && !isPossessive(toks.get(j))
                        && !startsPersonRole(lower, j); // "Serbian Labour Minister": a title, not a body's name
                Span sp = userName(phrase, i, j, date);
                if (sp == null) {
                    sp = knownName(phrase, toks, lower, i, j);
                }
                if (sp != null && lowerStart && sp.type != SpanType.ORGANIZATION) {
                    continue;
                }
                if (sp != null && insideOrganization && (sp.type == SpanType.DEMONYM || sp.type == SpanType.COUNTRY)) {
                    // "Syrian National Commission": the country word is part of the body's name
                    break;
                }
                if (sp != null) {
                    mark(spans, sp);
                    break;
                }
            }
        }
    }

    /**
     * Organizations CoreNLP found that knowledge does not hold.
     */
    private void markUnlistedOrganizations(String text, List<Token> toks, List<String> lower, Span[] spans) {
        int n = toks.size();
        for (int i = 0; i < n; ) {
            if ("ORGANIZATION".equals(toks.get(i).ner()) && spans[i] == null) {
                int j = i + 1;
                while (j < n && spans[j] == null && ("ORGANIZATION".equals(toks.get(j).ner())
                        || isPossessive(toks.get(j)) && j + 1 < n && "ORGANIZATION".equals(toks.get(j + 1).ner()))) {
                    j++;
                }
                if (j < n && GOVERNMENT_BODIES.contains(lower.get(j)) && spans[j] == null) {
                    // "the Trump administration": a person's government; its country comes from the person
                    Span gov = new Span(SpanType.GROUP, i, j + 1);
                    gov.sector = "GOV";
                    gov.kind = ActorKind.ORGANIZATION;
                    gov.head = lower.get(j);
                    gov.leaderWords = nameWords(toks, new Span(SpanType.PERSON, i, j));
                    mark(spans, gov);
                    i = j + 1;
                    continue;
                }
                if (titledName(toks, lower, i, j)) {
                    // "Vice-President Moody Awori" tagged ORGANIZATION: a title makes the name a person's
                    mark(spans, new Span(SpanType.PERSON, i, j));
                    i = j;
                    continue;
                }
                if (isProperName(toks, i, j) && !coveredByRoles(lower, i, j)) {
                    Span sp = new Span(SpanType.ORGANIZATION, i, j);
                    sp.name = text.substring(toks.get(i).start(), toks.get(j - 1).end());
                    sp.kind = ActorKind.ORGANIZATION;
                    Optional<RoleMatch> last = knowledge.longestRoleAt(lower, j - 1);
                    if (last.isPresent() && last.get().role().sector() != null) {
                        sp.sector = last.get().role().sector();
                    }
                    // "Syrian National Commission", "Russian Foreign Ministry": the body belongs to that country
                    for (int k = i; k < j && sp.country == null; k++) {
                        String w = toks.get(k).word();
                        sp.country = knowledge.countryByDemonym(w).or(() -> knowledge.countryByName(w))
                                .map(Country::alpha3).orElse(null);
                    }
                    if (sp.sector == null && PARTY_HEADS.contains(lower.get(j - 1))) {
                        // "Islamic Salvation Front", "National Resistance Movement": a party or movement nobody
                        // lists; it is a party of the country the sentence is about (placeByContext)
                        sp.sector = "PTY";
                        sp.partisan = true;
                    }
                    mark(spans, sp);
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /**
     * "The Syrian Negotiations Commission ... the SNC": the initials of a body the article has named in full are
     * that body, even where NER missed them.
     */
    private void markInitials(List<Token> toks, Span[] spans, ArticleActors state) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            String w = toks.get(i).word();
            if (spans[i] == null && "NNP".equals(toks.get(i).pos()) && isAbbreviation(w) && w.length() <= 6
                    && state.hasOrganizationWithInitials(w.replace(".", ""))) {
                Span sp = new Span(SpanType.ORGANIZATION, i, i + 1);
                sp.name = w;
                sp.kind = ActorKind.ORGANIZATION;
                mark(spans, sp);
            }
        }
    }

    /**
     * "The opposition newspaper La Prensa", "the Croatian daily Jutarnji List": a noun saying what kind of body a
     * name is, right before it, is part of how the text names it.
     */
    private void widenDescribedBodies(List<Token> toks, List<String> lower, Span[] spans) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Span sp = spans[i];
            if (sp != null && sp.start == i && sp.type == SpanType.ORGANIZATION) {
                Span described = withDescriptor(toks, lower, spans, sp);
                if (described != sp) {
                    clear(spans, sp);
                    mark(spans, described);
                    i = described.end - 1;
                }
            }
        }
    }

    /**
     * A country word followed by a group or body noun: "Russian forces", "U.S. officials".
     */
    private void markNationalGroups(String text, List<Token> toks, List<String> lower, Span[] spans) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Span sp = spans[i];
            if (sp == null || sp.start != i || (sp.type != SpanType.DEMONYM && sp.type != SpanType.COUNTRY)) {
                continue;
            }
            int k = sp.end;
            if (sp.type == SpanType.COUNTRY && k + 1 < n && isPossessive(toks.get(k))) {
                k++; // "South Korea's military"
            }
            Span body = k < n ? spans[k] : null;
            if (body != null && body.start == k && k == sp.end && body.type == SpanType.DEMONYM
                    && !body.country.equals(sp.country) && isPeopleNoun(text, toks, body)) {
                // "Bosnian Serbs", "Kosovo Albanians": a people where they live, as CAMEO codes them
                Span people = new Span(SpanType.GROUP, i, body.end);
                people.country = sp.country;
                people.sector = "CVL";
                people.kind = ActorKind.GROUP;
                people.head = "people:" + body.country;
                clear(spans, sp);
                clear(spans, body);
                mark(spans, people);
                continue;
            }
            if (body != null && body.start == k && body.type == SpanType.GOVERNMENT && body.contextual) {
                // "the Ivory Coast's Supreme Court", "French National Assembly": that country's body
                Span gov = new Span(SpanType.GOVERNMENT, i, body.end);
                gov.country = sp.country;
                gov.sector = body.sector;
                gov.kind = ActorKind.ORGANIZATION;
                gov.name = text.substring(toks.get(i).start(), toks.get(body.end - 1).end());
                clear(spans, sp);
                clear(spans, body);
                mark(spans, gov);
                continue;
            }
            // allow one or two adjectives between ("Russian armed forces", "Chinese state media")
            for (int skip = 0; skip <= 2 && k < n; skip++) {
                Optional<RoleMatch> rm = knowledge.longestRoleAt(lower, k);
                if (rm.isPresent() && rm.get().role().kind() != ActorKind.PERSON && !anyMarked(spans, k, rm.get().end())) {
                    Role role = rm.get().role();
                    Span group = new Span(SpanType.GROUP, i, rm.get().end());
                    group.country = sp.country;
                    group.sector = role.sector();
                    group.kind = role.kind();
                    group.head = role.phrase();
                    clear(spans, sp);
                    mark(spans, group);
                    coordinatedNationality(toks, lower, spans, group);
                    break;
                }
                if (k + 1 < n && "-".equals(lower.get(k)) && "led".equals(lower.get(k + 1))) {
                    // "Vietnamese-led forces", "Saudi-led coalition": those who lead them are whose they are
                    // (not so "US-backed forces", who are someone else's, backed by the US)
                    k += 2;
                    continue;
                }
                if (k < n && (toks.get(k).posStartsWith("JJ") || toks.get(k).posStartsWith("VBN"))
                        && !startsUpper(toks.get(k).word())) {
                    k++;
                } else {
                    break;
                }
            }
        }
    }

    /** A role standing for a person not named here: "the US president", "Turkey's foreign minister". */
    private void markUnnamedRoles(String text, List<Token> toks, List<String> lower, Span[] spans,
                                  boolean[] titleOfNamed) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (spans[i] != null || titleOfNamed[i]) {
                continue;
            }
            Optional<RoleMatch> rm = knowledge.longestRoleAt(lower, i);
            if (rm.isEmpty() || rm.get().role().kind() != ActorKind.PERSON || anyMarked(spans, i, rm.get().end())) {
                continue;
            }
            int end = rm.get().end();
            if (end < n && spans[end] != null && spans[end].type == SpanType.PERSON) {
                continue; // a title before a name: handled with the name
            }
            Span affiliation = null;
            int left = i;
            if (i >= 1 && spans[i - 1] != null && spans[i - 1].type != SpanType.PERSON) {
                affiliation = spans[i - 1];
                left = affiliation.start;
            } else if (i >= 2 && isPossessive(toks.get(i - 1)) && spans[i - 2] != null
                    && spans[i - 2].type != SpanType.PERSON) {
                affiliation = spans[i - 2];
                left = affiliation.start;
            }
            if (affiliation == null && i >= 1 && "the".equals(lower.get(i - 1))) {
                // "the foreign minister said": a definite role refers back to someone who holds it
                Span role = new Span(SpanType.ROLE, i - 1, end);
                role.title = text.substring(toks.get(i).start(), toks.get(end - 1).end());
                role.anaphoric = true;
                mark(spans, role);
                i = end - 1;
                continue;
            }
            if (affiliation == null || affiliation.type == SpanType.GROUP) {
                continue;
            }
            TitleParts parts = new TitleParts();
            parts.addAffiliation(affiliation);
            parts.addRole(rm.get().role(), i, end);
            Span role = new Span(SpanType.ROLE, left, end);
            role.title = text.substring(toks.get(i).start(), toks.get(end - 1).end());
            role.sector = parts.igo ? "IGO" : parts.sector();
            role.country = parts.igo ? null : parts.affiliationCountry;
            role.code = parts.affiliationCode;
            role.affiliationKey = affiliation.type == SpanType.ORGANIZATION ? fold(affiliation.name) : null;
            clear(spans, affiliation);
            mark(spans, role);
            i = end - 1;
        }
    }

    /**
     * Groups and unnamed people that may speak or act: "Kurdish officials", "observers", "one diplomat".
     * Tentative: they stay only when a quote or an event uses them.
     */
    private void markTentativeGroups(String text, List<Token> toks, List<String> lower, Span[] spans,
                                     boolean[] titleOfNamed, LocalDate date) {
        int n = toks.size();
        Set<String> named = countriesNamed(spans, toks, date, null);
        for (int i = 0; i < n; i++) {
            if (spans[i] != null || titleOfNamed[i]) {
                continue;
            }
            Optional<RoleMatch> rm = knowledge.longestRoleAt(lower, i);
            if (rm.isEmpty() || anyMarked(spans, i, rm.get().end()) || titleOfNamed[rm.get().end() - 1]) {
                continue;
            }
            int end = rm.get().end();
            if (end < n && (toks.get(end).posStartsWith("NN") || spans[end] != null)) {
                continue; // a modifier of something else ("opposition delegation", "forces commander")
            }
            boolean group = rm.get().role().kind() == ActorKind.GROUP;
            int left = i;
            while (left > 0 && left > i - 3 && spans[left - 1] == null && !titleOfNamed[left - 1]
                    && (toks.get(left - 1).posStartsWith("JJ") || toks.get(left - 1).posStartsWith("NNP")
                    || "CD".equals(toks.get(left - 1).pos())
                    || toks.get(left - 1).posStartsWith("VBN") && left >= 2 && "-".equals(lower.get(left - 2)))) {
                left--;
                // "Kurdish-led militias", "Iran-backed forces": a hyphenated modifier is one modifier
                if (left >= 2 && "-".equals(lower.get(left - 1)) && spans[left - 2] == null
                        && (toks.get(left - 2).posStartsWith("JJ") || toks.get(left - 2).posStartsWith("NNP"))) {
                    left -= 2;
                }
            }
            if (left > 0 && spans[left - 1] != null && spans[left - 1].type == SpanType.ORGANIZATION
                    && spans[left - 1].code != null && !isPossessive(toks.get(left - 1))) {
                // "al-Qaeda leaders", "Hamas fighters": a known body's members, whom CAMEO codes as the body
                // itself; the body's name stands for them, not the country of the sentence
                continue;
            }
            boolean indefinite = left > 0 && INDEFINITE.contains(lower.get(left - 1))
                    || left < i && INDEFINITE.contains(lower.get(left));
            if (!group && !indefinite) {
                continue; // "the spokesman": anaphoric, handled above when it can be linked
            }
            Role role = rm.get().role();
            // "rebels in the Ivory Coast", "refugees from Syria", "a group based in Trinidad"
            String where = countryAfter(lower, spans, end, role.phrase());
            int regionEnd = where == null && group ? regionAfter(toks, lower, spans, end) : -1;
            if (regionEnd > 0) {
                // "authorities in Syria's Kurdish autonomous region": the region's own body, of that country but
                // not its national government; the whole phrase is its name
                where = spans[end + 1].country;
                for (int k = end; k < regionEnd; k++) {
                    if (spans[k] != null) {
                        clear(spans, spans[k]);
                    }
                }
                end = regionEnd;
            }
            String around = named.size() == 1 ? named.iterator().next() : null;
            if (group && left == i && role.sector() != null && where == null
                    && (around == null || STATE_SECTORS.contains(role.sector()))) {
                // bare "troops", "officials": whose? too vague to be an actor of their own, unless the words
                // after them say where they are. The sentence's one country places bare civilians ("students",
                // "demonstrators") but not a state's agents, often sent abroad ("a visit to troops" in a
                // sentence about Iraq is a visit to American troops)
                continue;
            }
            boolean body = role.kind() == ActorKind.ORGANIZATION;
            if (body && where == null && around == null) {
                continue; // "an embassy", "a newspaper": whose? not an actor without a country
            }
            if (left > 0 && INDEFINITE.contains(lower.get(left - 1)) && "one".equals(lower.get(left - 1))) {
                left--; // "One diplomat" is how the article names him
            }
            Span g = new Span(SpanType.GROUP, left, end);
            g.sector = role.sector();
            g.kind = group ? ActorKind.GROUP : body ? ActorKind.ORGANIZATION : ActorKind.PERSON;
            g.country = where != null ? where : around;
            g.name = text.substring(toks.get(left).start(), toks.get(end - 1).end());
            g.head = "~" + fold(g.name);
            g.tentative = true;
            mark(spans, g);
            i = end - 1;
        }
    }

    /**
     * "A US citizen, the pastor Andrew Brunson": a person named by a role before a comma and then by name is one
     * person; what the role says of country and sector fills what the name's own title left open.
     */
    private void joinRoleAppositives(List<String> lower, Span[] spans) {
        int n = spans.length;
        for (int i = 0; i < n; i++) {
            Span p = spans[i];
            if (p == null || p.start != i || p.type != SpanType.PERSON) {
                continue;
            }
            int left = p.titleFrom >= 0 ? Math.min(p.titleFrom, p.start) : p.start;
            while (left > 0 && INDEFINITE.contains(lower.get(left - 1)) || left > 0 && "the".equals(lower.get(left - 1))) {
                left--;
            }
            Span role = left >= 2 && ",".equals(lower.get(left - 1)) ? spans[left - 2] : null;
            boolean roleNamed = role != null && (role.type == SpanType.ROLE && !role.anaphoric
                    || role.type == SpanType.GROUP && role.kind == ActorKind.PERSON && role.leaderWords == null);
            if (!roleNamed || role.end != left - 1) {
                continue;
            }
            if (p.country == null) {
                p.country = role.country;
            }
            if (p.sector == null) {
                p.sector = role.sector;
            }
            p.aliasFrom = role.start;
            p.aliasTo = role.end;
            clear(spans, role);
        }
    }

    /**
     * Hands each span to the article's state as a mention.
     */
    private void emitMentions(String text, Sentence s, List<Token> toks, Span[] spans, ArticleActors state) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Span sp = spans[i];
            if (sp == null || sp.start != i) {
                continue;
            }
            int start = toks.get(sp.start).start();
            int end = toks.get(sp.end - 1).end();
            switch (sp.type) {
                case PERSON -> {
                    state.addPerson(TextSpan.of(text, start, end), nameWords(toks, sp), sp, s.index());
                    if (sp.aliasFrom >= 0) {
                        state.addAlias(TextSpan.of(text, toks.get(sp.aliasFrom).start(),
                                toks.get(sp.aliasTo - 1).end()), sp.resolved);
                    }
                }
                case COUNTRY, GOVERNMENT, ORGANIZATION, GROUP -> state.addOther(TextSpan.of(text, start, end), sp);
                case ROLE -> state.addRoleMention(TextSpan.of(text, start, end), sp, s.index());
                case PLACE -> {
                    // "a curfew in Algiers", "aid deliveries in Baghdad": CAMEO codes the place where an act
                    // falls on as its country, so the capital stands for the state, tentatively: only an event
                    // that takes it as its target keeps it
                    if (sp.locative && sp.placeCountry != null) {
                        sp.country = sp.placeCountry;
                        sp.kind = ActorKind.GROUP;
                        sp.tentative = true;
                        state.addOther(TextSpan.of(text, start, end), sp);
                    }
                }
                case DEMONYM -> {
                    // "a Senegalese peace plan", "Palestinians": the state, tentatively
                    Span c = new Span(SpanType.COUNTRY, sp.start, sp.end);
                    c.country = sp.country;
                    c.kind = ActorKind.COUNTRY;
                    c.name = knowledge.countryByAlpha3(sp.country).map(Country::name).orElse(sp.country);
                    c.tentative = true;
                    state.addOther(TextSpan.of(text, start, end), c);
                }
                default -> { }
            }
        }
    }

    /**
     * Notes subjects (for pronoun salience) and the pronouns to resolve once all names are known.
     */
    private void noteSubjectsAndPronouns(String text, Sentence s, List<Token> toks, List<String> lower,
                                         ArticleActors state, List<PendingPronoun> pronouns) {
        Set<Integer> relativeClauses = new java.util.HashSet<>();
        for (var d : s.dependencies()) {
            if (d.relation().equals("acl:relcl")) {
                relativeClauses.add(d.dependent());
            }
        }
        for (var d : s.dependencies()) {
            // "according to X" names who holds the floor as much as a subject does; the subject of a relative
            // clause ("the French president, Emmanuel Macron, who has said ...") is a side remark's, not the
            // sentence's
            if (d.relation().startsWith("nsubj") && !relativeClauses.contains(d.governor())
                    || d.relation().startsWith("obl:according")) {
                state.subjectTokens.add(toks.get(d.dependent()).start());
            }
        }
        state.sentenceStarts.add(s.start());
        for (var d : s.dependencies()) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                state.modifierEnds.add(toks.get(d.dependent()).end());
            }
        }
        // "Turkey ... had been urging it to attend": "it" as the object of a verb that makes it the doer of the
        // verb's complement is a body or a state; it stands for the one named last before it, not the clause's
        // own subject. Other uses of "it" ("it is unclear", "made it clear") name nothing and are left alone.
        for (var d : s.dependencies()) {
            if (!d.relation().equals("obj") || d.governor() < 0 || !"it".equals(lower.get(d.dependent()))
                    || !toks.get(d.dependent()).posStartsWith("PRP")) {
                continue;
            }
            boolean controlled = false;
            int subject = -1;
            for (var e : s.dependencies()) {
                if (e.relation().equals("nsubj:xsubj") && e.dependent() == d.dependent()) {
                    controlled = true;
                }
                if (e.governor() == d.governor() && e.relation().startsWith("nsubj")) {
                    subject = toks.get(e.dependent()).start();
                }
            }
            if (controlled && toks.get(d.governor()).posStartsWith("VB")) {
                Token t = toks.get(d.dependent());
                state.bodyPronouns.add(new PendingBodyPronoun(TextSpan.of(text, t.start(), t.end()), s.index(), subject));
            }
        }
        for (Token t : toks) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if ((MALE.contains(w) || FEMALE.contains(w)) && t.posStartsWith("PRP")) {
                pronouns.add(new PendingPronoun(TextSpan.of(text, t.start(), t.end()), MALE.contains(w), s.index()));
            }
        }
    }

    /** The text of tokens [i, j) as the article writes it. */
    private static String text(List<Token> toks, int i, int j) {
        StringBuilder b = new StringBuilder(toks.get(i).word());
        for (int k = i + 1; k < j; k++) {
            b.append(toks.get(k).start() > toks.get(k - 1).end() ? " " : "").append(toks.get(k).word());
        }
        return b.toString();
    }

    /**
     * An organization's span widened over a noun of what kind of body it is right before it ("the opposition
     * newspaper La Prensa", "the rights group X"), with the sector the noun gives and the country of a nationality
     * word before the noun ("the Croatian daily ..."); the span itself when no such noun precedes it. A body no
     * table knows that is so introduced is one the sentence is about: it may take the sentence's one country
     * (placeByContext).
     */
    private Span withDescriptor(List<Token> toks, List<String> lower, Span[] spans, Span org) {
        RoleMatch rm = roleEndingAt(lower, org.start);
        if (rm == null || rm.role().kind() != ActorKind.ORGANIZATION || anyMarked(spans, rm.start(), org.start)) {
            return org;
        }
        for (int k = rm.start(); k < org.start; k++) {
            if (startsUpper(toks.get(k).word()) || !toks.get(k).posStartsWith("NN")) {
                return org; // "Labour Party" is a name, not a descriptor; "party" must be a common noun here
            }
        }
        int left = rm.start();
        // one or two modifiers before the noun ("opposition newspaper", "state-run daily")
        for (int m = 0; m < 2 && left > 0 && spans[left - 1] == null && !startsUpper(toks.get(left - 1).word())
                && (toks.get(left - 1).posStartsWith("NN") || toks.get(left - 1).posStartsWith("JJ")
                || toks.get(left - 1).posStartsWith("VBN")); m++) {
            left--;
        }
        Span nationality = left > 0 ? spans[left - 1] : null;
        boolean national = nationality != null && nationality.end == left && nationality.type == SpanType.DEMONYM;
        Span out = new Span(SpanType.ORGANIZATION, national ? nationality.start : left, org.end);
        out.name = org.name;
        out.country = org.country != null ? org.country : national ? nationality.country : null;
        out.sector = org.sector != null ? org.sector : rm.role().sector();
        out.code = org.code;
        out.kind = ActorKind.ORGANIZATION;
        out.partisan = org.partisan;
        // a newspaper or a firm may be anyone's ("the newspaper El Heraldo said ... U.S. deploys"); an opposition
        // paper, a state agency or a party belongs to the politics of the country the sentence is about
        boolean domestic = STATE_SECTORS.contains(out.sector) || "PTY".equals(out.sector) || "OPP".equals(out.sector);
        for (int k = left; k < org.start && !domestic; k++) {
            domestic = DOMESTIC_MODIFIERS.contains(lower.get(k));
        }
        out.described = domestic && org.code == null && out.country == null;
        out.ownName = text(toks, org.start, org.end);
        if (national) {
            clear(spans, nationality);
        }
        return out;
    }

    /**
     * "French and Egyptian warships", "US and British forces", "Senior Hungarian and Romanian officials": the
     * nationality words are coordinated on one group noun, so each names its own group of that kind. The word
     * before the "and"/"or" (and before any comma-separated ones ahead of it) becomes a group of the same sector
     * and kind as the one built on the noun.
     */
    private static void coordinatedNationality(List<Token> toks, List<String> lower, Span[] spans, Span group) {
        int k = group.start;
        boolean listed = false;
        while (k >= 2 && (lower.get(k - 1).equals("and") || lower.get(k - 1).equals("or")
                || listed && lower.get(k - 1).equals(","))) {
            Span before = spans[k - 2];
            // a country's name is a modifier here only when it is an abbreviation ("US and British forces");
            // "talks between Israel and Palestinian officials" coordinates the state with the group
            boolean modifier = before != null && (before.type == SpanType.DEMONYM
                    || before.type == SpanType.COUNTRY && before.end - before.start == 1
                    && isAbbreviation(toks.get(before.start).word()));
            if (!modifier || before.end != k - 1 || before.country == null || before.country.equals(group.country)) {
                return;
            }
            listed = true;
            Span member = new Span(SpanType.GROUP, before.start, before.end);
            member.country = before.country;
            member.sector = group.sector;
            member.kind = group.kind;
            member.head = group.head;
            clear(spans, before);
            mark(spans, member);
            k = before.start;
        }
    }

    /**
     * Gives a country to what names none of its own from what the sentence says: a group placed by the words
     * after it ("Moslem forces in east Bosnia"); a group, titled person or ambiguous body ("Supreme Court") in a
     * sentence that names exactly one country; an ethnic minority ("ethnic Albanians ... in Serbia") where it
     * lives, as CAMEO codes communities by their country of residence.
     */
    private void placeByContext(List<Token> toks, List<String> lower, Span[] spans, LocalDate date,
                                ArticleActors state) {
        for (int i = 0; i < toks.size(); i++) {
            Span sp = spans[i];
            if (sp == null || sp.start != i) {
                continue;
            }
            if (i > 0 && "ethnic".equals(lower.get(i - 1)) && sp.country != null && sp.leaderWords == null
                    && (sp.type == SpanType.DEMONYM || sp.type == SpanType.GROUP)) {
                Set<String> others = countriesNamed(spans, toks, date, sp);
                others.remove(sp.country);
                if (others.size() == 1) {
                    Span minority = sp;
                    if (sp.type == SpanType.DEMONYM) {
                        minority = new Span(SpanType.GROUP, sp.start, sp.end);
                        minority.sector = "CVL";
                        minority.kind = ActorKind.GROUP;
                        minority.head = "people:" + sp.country;
                        clear(spans, sp);
                        mark(spans, minority);
                    }
                    minority.country = others.iterator().next();
                }
                continue;
            }
            boolean placelessGroup = sp.type == SpanType.GROUP && sp.country == null && sp.leaderWords == null;
            boolean placelessPerson = sp.type == SpanType.PERSON && sp.country == null && sp.possessor == null
                    && (sp.titleFrom >= 0 || sp.sector != null);
            boolean defaultBody = sp.type == SpanType.GOVERNMENT && sp.contextual;
            boolean placelessParty = (sp.partisan || sp.described) && sp.country == null;
            if (!placelessGroup && !placelessPerson && !defaultBody && !placelessParty) {
                continue;
            }
            String where = placelessGroup ? countryAfter(lower, spans, sp.end, sp.head) : null;
            if (where != null) {
                sp.country = where;
                continue;
            }
            Set<String> others = countriesNamed(spans, toks, date, sp);
            if (others.size() > 1 && placelessPerson && sp.titleFrom >= 0) {
                // "An Argentine judge has ordered former president Carlos Menem to appear in an investigation of
                // arms sales to Croatia and Ecuador": a titled person is of the country named before him in the
                // sentence when that is one; the ones after are most often what the clause is about
                others = countriesNamed(spans, toks, date, sp);
                others.retainAll(countriesBefore(spans, toks, date, sp.start));
            }
            if (others.size() != 1) {
                continue;
            }
            String only = others.iterator().next();
            if (placelessPerson) {
                sp.contextCountry = only; // office-holder knowledge, read later, wins over the sentence
            } else if (placelessGroup || placelessParty) {
                sp.country = only;
            } else if (!only.equals(sp.country) && !state.countriesSeen.contains(sp.country)) {
                sp.country = only; // "the Supreme Court" in an article about Ivory Coast alone
            }
        }
    }

    /** The countries the recognised spans before token {@code end} name. */
    private Set<String> countriesBefore(Span[] spans, List<Token> toks, LocalDate date, int end) {
        Span[] before = new Span[spans.length];
        for (int i = 0; i < end; i++) {
            if (spans[i] != null && spans[i].end <= end) {
                before[i] = spans[i];
            }
        }
        return countriesNamed(before, toks, date, null);
    }

    /** The countries the recognised spans of a sentence name, other than {@code exclude}'s, in text order. */
    private Set<String> countriesNamed(Span[] spans, List<Token> toks, LocalDate date, Span exclude) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < spans.length; i++) {
            Span sp = spans[i];
            if (sp == null || sp.start != i || sp == exclude) {
                continue;
            }
            String c = switch (sp.type) {
                case COUNTRY, DEMONYM, GOVERNMENT, ROLE, GROUP, ORGANIZATION -> sp.country;
                case PLACE -> sp.placeCountry;
                case PERSON -> sp.country != null ? sp.country
                        : knowledge.officeHolder(nameWords(toks, sp), date).map(h -> h.country()).orElse(null);
            };
            if (c != null && knowledge.countryByAlpha3(c).isPresent()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Nouns of a part of a country that may have its own authorities, rebels or people. */
    private static final Set<String> REGION_NOUNS = Set.of("region", "province", "state", "enclave", "territory",
            "area", "areas", "regions", "provinces", "district", "districts", "zone", "north", "south", "east",
            "west", "northeast", "northwest", "southeast", "southwest", "canton", "governorate", "prefecture");

    /**
     * "authorities in Syria's Kurdish autonomous region", "rebels in Congo's eastern provinces": the end of a
     * phrase naming a part of a country right after a group (a country in the possessive, up to four adjectives or
     * names, a region noun), or -1 when the words after the group are not one.
     */
    private static int regionAfter(List<Token> toks, List<String> lower, Span[] spans, int end) {
        int n = lower.size();
        int k = end;
        if (k + 3 >= n || !"in".equals(lower.get(k))) {
            return -1;
        }
        Span country = spans[k + 1];
        if (country == null || country.start != k + 1 || country.type != SpanType.COUNTRY || country.country == null
                || country.end >= n || !isPossessive(toks.get(country.end))) {
            return -1;
        }
        for (int r = country.end + 1; r < n && r <= country.end + 5; r++) {
            if (REGION_NOUNS.contains(lower.get(r)) && toks.get(r).posStartsWith("NN")) {
                return r + 1 < n && toks.get(r + 1).posStartsWith("NN") ? -1 : r + 1;
            }
            Token t = toks.get(r);
            if (!t.posStartsWith("JJ") && !t.posStartsWith("NNP") && !t.posStartsWith("VBN")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The country the words right after a group place it in: "rebels in the Ivory Coast", "refugees from Syria",
     * "a terror group based in Trinidad", "forces in east Bosnia"; null when they name none. An embassy "in" a
     * country is another state's, so posts abroad take only "of".
     */
    private static String countryAfter(List<String> lower, Span[] spans, int end, String head) {
        int n = lower.size();
        int k = end;
        if (k < n && PLACED.contains(lower.get(k))) {
            k++;
        }
        if (k >= n || !PLACE_PREPOSITIONS.contains(lower.get(k))) {
            return null;
        }
        if (head != null && FOREIGN_POSTS.contains(head) && !"of".equals(lower.get(k))) {
            return null;
        }
        k++;
        if (k < n && "the".equals(lower.get(k))) {
            k++;
        }
        while (k < n && spans[k] == null && DIRECTIONS.contains(lower.get(k))) {
            k++;
        }
        Span sp = k < n ? spans[k] : null;
        if (sp == null || sp.start != k || sp.end < n && ("'s".equals(lower.get(sp.end)) || "’s".equals(lower.get(sp.end)))) {
            return null; // "authorities in Syria's Kurdish region" are the region's, not the state's
        }
        return sp.type == SpanType.COUNTRY ? sp.country : sp.type == SpanType.PLACE ? sp.placeCountry : null;
    }

    /**
     * Whether an organization-tagged run [i, j) is a person's name after a title: "Vice-President Moody Awori".
     * Two to four capitalised proper nouns, none a role word, no known body, right after a person's title.
     */
    private boolean titledName(List<Token> toks, List<String> lower, int i, int j) {
        if (i == 0 || j - i < 2 || j - i > 4) {
            return false;
        }
        RoleMatch title = roleEndingAt(lower, i);
        if (title == null || !title.role().title() || title.role().kind() != ActorKind.PERSON) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (!"NNP".equals(toks.get(k).pos()) || !startsUpper(toks.get(k).word())
                    || knowledge.longestRoleAt(lower, k).isPresent()) {
                return false;
            }
        }
        return knowledge.organization(toks.get(i).word()).isEmpty()
                && knowledge.countryByDemonym(toks.get(i).word()).isEmpty();
    }

    /** Whether a person's role phrase of two words or more starts at token {@code k} ("labour minister"). */
    private boolean startsPersonRole(List<String> lower, int k) {
        Optional<RoleMatch> rm = knowledge.longestRoleAt(lower, k);
        return rm.isPresent() && rm.get().role().kind() == ActorKind.PERSON && rm.get().end() - k >= 2;
    }

    /** Whether a demonym span is a noun for a people ("Serbs"), not an adjective ("Serbian"). */
    private boolean isPeopleNoun(String text, List<Token> toks, Span demonym) {
        String phrase = text.substring(toks.get(demonym.start).start(), toks.get(demonym.end - 1).end());
        return knowledge.countryByAlpha3(demonym.country)
                .map(c -> c.people().contains(phrase) && !c.adjectives().contains(phrase))
                .orElse(false);
    }

    /** What the user's dictionary says a name at tokens [i, j) is, or null. */
    private Span userName(String phrase, int i, int j, LocalDate date) {
        if (user.isEmpty()) {
            return null;
        }
        Optional<ActorDictionary.Entry> e = user.lookup(phrase, date);
        if (e.isEmpty() || e.get().kind() == ActorKind.PERSON) {
            return null; // people are matched by name words when their mentions are joined
        }
        ActorDictionary.Entry x = e.get();
        Span sp = new Span(x.kind() == ActorKind.COUNTRY ? SpanType.COUNTRY
                : x.kind() == ActorKind.GROUP ? SpanType.GROUP : SpanType.ORGANIZATION, i, j);
        sp.name = x.name();
        sp.country = x.country();
        sp.sector = x.sector();
        sp.code = x.code();
        sp.kind = x.kind();
        sp.head = x.name();
        return sp;
    }

    /** What a known name at tokens [i, j) is, or null. */
    private Span knownName(String phrase, List<Token> toks, List<String> lower, int i, int j) {
        boolean personTagged = "PERSON".equals(toks.get(i).ner());
        Optional<Organization> org = knowledge.organization(phrase);
        Optional<RoleMatch> longerRole = knowledge.longestRoleAt(lower, i);
        if (org.isPresent() && longerRole.isPresent() && longerRole.get().end() > j) {
            org = Optional.empty(); // "Labour Minister", "Labour union": the word begins a role, not the party
        }
        if (org.isPresent()) {
            Organization o = org.get();
            boolean orgTagged = "ORGANIZATION".equals(toks.get(i).ner());
            if (!o.isAmbiguous(phrase) || orgTagged) {
                Span sp = new Span(SpanType.ORGANIZATION, i, j);
                sp.name = o.name();
                sp.country = o.country();
                sp.sector = o.sector();
                sp.code = o.code();
                sp.kind = ActorKind.ORGANIZATION;
                return sp;
            }
        }
        Optional<Country> country = knowledge.countryByName(phrase);
        if (country.isPresent() && !personTagged) {
            Country c = country.get();
            if (!c.isAmbiguous(phrase) || isEntityTagged(toks, i, j)) {
                Span sp = new Span(SpanType.COUNTRY, i, j);
                sp.country = c.alpha3();
                sp.name = c.name();
                sp.kind = ActorKind.COUNTRY;
                return sp;
            }
        }
        Optional<GovernmentSeat> seat = knowledge.governmentSeat(phrase);
        if (seat.isPresent() && !personTagged) {
            GovernmentSeat g = seat.get();
            boolean locative = i > 0 && LOCATIVE.contains(lower.get(i - 1))
                    || i > 1 && "the".equals(lower.get(i - 1)) && LOCATIVE.contains(lower.get(i - 2));
            // "talks in Moscow" names a place; "Moscow said" the government. Seats that are not cities
            // (the Kremlin, the Pentagon) stand for their institution wherever they appear.
            boolean modifier = j < toks.size() && toks.get(j).posStartsWith("NN") && !startsUpper(toks.get(j).word());
            boolean placeReading = g.capital() && (locative || modifier || followedByPlaceContext(toks, j));
            if (!placeReading && (!g.ambiguous() || isEntityTagged(toks, i, j))) {
                Span sp = new Span(SpanType.GOVERNMENT, i, j);
                sp.country = g.country();
                sp.sector = g.sector();
                sp.name = phrase;
                sp.kind = ActorKind.ORGANIZATION;
                // "Supreme Court", "National Assembly": many states have one; the country word beside it or the
                // sentence decides whose, the table's country is only the default
                sp.contextual = g.ambiguous() && !g.capital();
                return sp;
            }
            if (placeReading) {
                Span place = new Span(SpanType.PLACE, i, j);
                place.placeCountry = g.country();
                place.locative = locative;
                return place;
            }
        }
        Optional<Country> demonym = knowledge.countryByDemonym(phrase);
        if (demonym.isPresent() && !personTagged) {
            Span sp = new Span(SpanType.DEMONYM, i, j);
            sp.country = demonym.get().alpha3();
            return sp;
        }
        return null;
    }

    /** "Washington, D.C." or "Paris, Texas": a comma and another place name make the word a place. */
    private boolean followedByPlaceContext(List<Token> toks, int j) {
        return j + 1 < toks.size() && ",".equals(toks.get(j).word()) && "LOCATION".equals(toks.get(j + 1).ner());
    }

    /** Reads the words before (and an appositive after) a person's name for title, country and sector. */
    private void attachTitle(String text, List<Token> toks, List<String> lower, Span[] spans, Span person) {
        int left = person.start;
        // honorifics belong to the name's left edge but say nothing of role
        while (left > 0 && HONORIFICS.contains(lower.get(left - 1))) {
            left--;
        }
        TitleParts parts = new TitleParts();
        int boundary = left;
        boolean appositivePre = false;
        if (boundary > 1 && ",".equals(toks.get(boundary - 1).word())
                && (person.end >= toks.size() || isClauseEnd(toks.get(person.end).word()))) {
            // "his special envoy, Steve Witkoff," : the role stands before a comma
            boundary--;
            appositivePre = true;
        }
        scanTitleLeft(toks, lower, spans, boundary, parts);
        if (parts.roleStart < 0 && appositivePre) {
            // "envoy to the coalition against Isis, Brett McGurk": a role, then what it is for, then the name
            int comma = boundary;
            for (int p = comma - 1; p >= Math.max(1, comma - 8); p--) {
                if (spans[p] != null && spans[p].type == SpanType.PERSON) {
                    break;
                }
                if (ROLE_PREPOSITIONS.contains(lower.get(p)) && roleEndingAt(lower, p) != null) {
                    scanTitleLeft(toks, lower, spans, p, parts);
                    break;
                }
            }
        }
        if (parts.roleStart < 0 && appositivePre) {
            parts = new TitleParts();
        } else if (appositivePre && parts.leftEdge >= 0 && parts.leftEdge < boundary) {
            // "the EU high representative, Federica Mogherini": the words before the comma name her too, so a
            // clause whose word for her is "representative" finds her. A possessor is someone else ("his special
            // envoy", "Turkey's foreign minister"): the alias starts after it
            int from = parts.leftEdge;
            for (int k = parts.leftEdge; k < boundary; k++) {
                if (isPossessive(toks.get(k)) || "PRP$".equals(toks.get(k).pos())) {
                    from = k + 1;
                }
            }
            if (from < boundary) {
                person.aliasFrom = from;
                person.aliasTo = boundary;
            }
        }
        if (parts.roleStart < 0) {
            // "Barham Salih, Iraq's president," : an appositive after the name
            int k = person.end;
            if (k + 1 < toks.size() && ",".equals(toks.get(k).word())) {
                TitleParts post = new TitleParts();
                k++;
                int limit = Math.min(toks.size(), k + 8);
                while (k < limit) {
                    Span sp = spans[k];
                    if (sp != null && sp.type == SpanType.PERSON) {
                        break;
                    }
                    RoleMatch rm = knowledge.longestRoleAt(lower, k).orElse(null);
                    if (rm != null && sp == null) {
                        post.addRole(rm.role(), rm.start(), rm.end());
                        k = rm.end();
                        continue;
                    }
                    if (sp != null) {
                        post.addAffiliation(sp);
                        k = sp.end;
                        continue;
                    }
                    String w = lower.get(k);
                    if (TITLE_MODIFIERS.contains(w) || isPossessive(toks.get(k)) || "-".equals(w)
                            || "PRP$".equals(toks.get(k).pos())) {
                        k++;
                        continue;
                    }
                    break;
                }
                if (post.roleStart >= 0 && k < toks.size() && AFFILIATION_PREPOSITIONS.contains(lower.get(k))) {
                    // "a spokesman for the opposition Syrian National Commission": who the role serves
                    int m = k + 1;
                    while (m < toks.size() && m < k + 5 && spans[m] == null
                            && (TITLE_MODIFIERS.contains(lower.get(m)) || toks.get(m).posStartsWith("JJ")
                            || toks.get(m).posStartsWith("NN") && !startsUpper(toks.get(m).word()))) {
                        m++;
                    }
                    while (m < toks.size() && spans[m] != null && spans[m].type != SpanType.PERSON
                            && spans[m].type != SpanType.PLACE) {
                        post.addAffiliation(spans[m]);
                        k = spans[m].end;
                        m = k;
                    }
                }
                if (post.roleStart >= 0 && (k >= toks.size() || isClauseEnd(toks.get(k).word())
                        || "IN".equals(toks.get(k).pos()) || "TO".equals(toks.get(k).pos()))) {
                    parts = post;
                }
            }
        }
        if (parts.roleStart >= 0) {
            person.title = text.substring(toks.get(parts.roleStart).start(), toks.get(parts.roleEnd - 1).end());
            person.titleFrom = parts.roleStart;
            person.titleTo = parts.roleEnd;
            person.sector = parts.sector();
        } else if (parts.affiliationSector != null && parts.affiliationCountry == null) {
            person.sector = parts.affiliationSector;
        }
        if (parts.affiliationCountry != null) {
            person.country = parts.affiliationCountry;
        }
        if (parts.igo) {
            person.sector = "IGO";
            person.country = null;
            person.code = parts.affiliationCode;
        }
        person.possessor = parts.possessor;
    }

    /** Reads role words, affiliations and possessors leftwards from {@code boundary} into {@code parts}. */
    private void scanTitleLeft(List<Token> toks, List<String> lower, Span[] spans, int boundary, TitleParts parts) {
        int steps = 0;
        while (boundary > 0 && steps++ < 10) {
            int b = boundary;
            Span prev = spans[b - 1];
            RoleMatch rm = roleEndingAt(lower, b);
            if (rm != null && (prev == null || prev.type == SpanType.GROUP)) {
                parts.addRole(rm.role(), rm.start(), rm.end());
                boundary = rm.start();
                continue;
            }
            if (prev != null && prev.type != SpanType.PERSON) {
                parts.addAffiliation(prev);
                boundary = prev.start;
                continue;
            }
            if (isPossessive(toks.get(b - 1)) && b >= 2) {
                Span owner = spans[b - 2];
                if (owner != null) {
                    if (owner.type == SpanType.PERSON) {
                        parts.possessor = owner;
                    } else {
                        parts.addAffiliation(owner);
                    }
                    boundary = owner.start;
                    continue;
                }
                break;
            }
            String w = lower.get(b - 1);
            boolean adjective = toks.get(b - 1).posStartsWith("JJ") && !startsUpper(toks.get(b - 1).word())
                    && parts.roleStart >= 0;
            if (TITLE_MODIFIERS.contains(w) || "-".equals(w) || "PRP$".equals(toks.get(b - 1).pos()) || adjective) {
                boundary--; // "junior foreign minister", "top diplomat"
                continue;
            }
            break;
        }
        parts.leftEdge = boundary;
    }

    /**
     * Whether role phrases cover tokens [i, j) ("Supreme Leader Ayatollah", "State" in "Secretary of State"): NER
     * calls such title words an organization, but they are a person's role.
     */
    private boolean coveredByRoles(List<String> lower, int i, int j) {
        int from = Math.max(0, i - knowledge.maxRoleTokens() + 1);
        boolean[] covered = new boolean[j - i];
        for (int k = from; k < j; k++) {
            Optional<RoleMatch> rm = knowledge.longestRoleAt(lower, k);
            if (rm.isPresent()) {
                for (int m = Math.max(i, rm.get().start()); m < Math.min(j, rm.get().end()); m++) {
                    covered[m - i] = true;
                }
            }
        }
        for (boolean c : covered) {
            if (!c) {
                return false;
            }
        }
        return true;
    }

    /** The longest role phrase that ends exactly at token {@code end} (exclusive), or null. */
    private RoleMatch roleEndingAt(List<String> lower, int end) {
        int maxLen = Math.min(end, knowledge.maxRoleTokens());
        for (int len = maxLen; len >= 1; len--) {
            Optional<RoleMatch> rm = knowledge.longestRoleAt(lower.subList(0, end), end - len);
            if (rm.isPresent() && rm.get().end() == end && rm.get().start() == end - len) {
                return rm.get();
            }
        }
        return null;
    }

    private static boolean isClauseEnd(String w) {
        return ",".equals(w) || ".".equals(w) || ";".equals(w) || ":".equals(w) || "--".equals(w) || "—".equals(w)
                || ")".equals(w) || "-RRB-".equals(w);
    }

    private static List<String> nameWords(List<Token> toks, Span sp) {
        List<String> words = new ArrayList<>();
        for (int k = sp.start; k < sp.end; k++) {
            String w = toks.get(k).word();
            if (Character.isLetter(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                words.add(fold(w));
            }
        }
        return words;
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** "US", "U.S.", "UK": letters all upper case, perhaps with full stops. */
    private static boolean isAbbreviation(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private static boolean isPossessive(Token t) {
        return "POS".equals(t.pos()) || "'s".equals(t.word()) || "’s".equals(t.word()) || "'".equals(t.word());
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean isProperName(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            if (startsUpper(toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEntityTagged(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            String ner = toks.get(k).ner();
            if ("LOCATION".equals(ner) || "ORGANIZATION".equals(ner) || "MISC".equals(ner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMarked(Span[] spans, int i, int j) {
        for (int k = i; k < j; k++) {
            if (spans[k] != null) {
                return true;
            }
        }
        return false;
    }

    private static void mark(Span[] spans, Span sp) {
        for (int k = sp.start; k < sp.end; k++) {
            spans[k] = sp;
        }
    }

    private static void clear(Span[] spans, Span sp) {
        for (int k = sp.start; k < sp.end; k++) {
            if (spans[k] == sp) {
                spans[k] = null;
            }
        }
    }

    // ---------------------------------------------------------------- per-sentence working records

    enum SpanType { PERSON, COUNTRY, GOVERNMENT, ORGANIZATION, GROUP, DEMONYM, PLACE, ROLE }

    /** A recognised stretch of tokens [start, end) with what it says about its actor. Mutable while scanning. */
    static final class Span {
        final SpanType type;
        final int start;
        final int end;
        String name;
        String country;
        String sector;
        String code;
        String title;
        String head;
        List<String> leaderWords;
        ActorKind kind;
        Span possessor;
        String affiliationKey;
        boolean tentative;
        boolean anaphoric;
        /** an organization nobody lists whose name says it is a party or movement ("... Front") */
        boolean partisan;
        /** a body no table knows, named after a noun of its kind ("the opposition newspaper La Prensa") */
        boolean described;
        /** for such a body: its name without that noun, which names the actor */
        String ownName;
        /** a capital read as a place after a preposition ("curfew in Algiers") */
        boolean locative;
        /** a body whose country is only a default that the words around it may override */
        boolean contextual;
        /** the country the sentence around it names, for an actor whose own words name none */
        String contextCountry;
        /** for a place: the country it lies in (not an affiliation: "talks in Moscow" says nothing of anyone) */
        String placeCountry;
        int titleFrom = -1;
        int titleTo = -1;
        /** for a person: tokens [aliasFrom, aliasTo) of an appositive that names him too ("a US citizen, ...") */
        int aliasFrom = -1;
        int aliasTo = -1;
        ActorBuilder resolved;

        Span(SpanType type, int start, int end) {
            this.type = type;
            this.start = start;
            this.end = end;
        }
    }

    /** What the words around a name say: role phrases, and the state or body it belongs to. */
    private static final class TitleParts {
        int roleStart = -1;
        int roleEnd = -1;
        String roleSector;
        int roleWeight;
        String affiliationCountry;
        String affiliationSector;
        String affiliationCode;
        boolean igo;
        Span possessor;
        /** the first token the title words reach back to */
        int leftEdge = -1;

        void addRole(Role role, int start, int end) {
            roleStart = roleStart < 0 ? start : Math.min(roleStart, start);
            roleEnd = Math.max(roleEnd, end);
            if (role.sector() != null && role.weight() >= roleWeight) {
                roleSector = role.sector();
                roleWeight = role.weight();
            }
        }

        void addAffiliation(Span sp) {
            if (sp.type == SpanType.ORGANIZATION && "IGO".equals(sp.sector)) {
                igo = true;
                affiliationCode = sp.code;
                return;
            }
            if (sp.country != null && affiliationCountry == null) {
                affiliationCountry = sp.country;
            }
            if (sp.sector != null && affiliationSector == null) {
                affiliationSector = sp.sector;
            }
        }

        String sector() {
            // a seat names the branch ("Pentagon spokesman" is MIL); a generic role keeps its own sector
            if (affiliationSector != null && (roleSector == null || roleWeight < 3)) {
                return affiliationSector;
            }
            return roleSector != null ? roleSector : affiliationSector;
        }
    }

    record RoleMention(TextSpan mention, Span span, int sentence) {
    }

    record PendingPronoun(TextSpan span, boolean male, int sentence) {
    }

    /** An "it" that stands for a body or a state; {@code subjectOffset} is where its clause's subject starts (-1). */
    record PendingBodyPronoun(TextSpan span, int sentence, int subjectOffset) {
    }

    // ---------------------------------------------------------------- the article's actors being built

    /** One actor being assembled from its mentions. */
    static final class ActorBuilder {
        final String key;
        ActorKind kind;
        String name;
        List<String> nameWords = List.of();
        String country;
        String sector;
        String code;
        String title;
        Span possessor;
        Boolean male;
        boolean tentative = true;
        String office;
        /** a government first named by its members ("Iraqi officials"), not by its own name */
        boolean namedByMembers;
        /** the country of the sentences that name this person when nothing else tells it */
        String contextCountry;
        final List<TextSpan> mentions = new ArrayList<>();
        int lastMention;

        ActorBuilder(String key, ActorKind kind) {
            this.key = key;
            this.kind = kind;
        }
    }

    /** The actors of one article while it is read; not shared between threads. */
    final class ArticleActors {
        private final String text;
        private final LocalDate date;
        /** start offsets of tokens that are the subject of a clause */
        final Set<Integer> subjectTokens = new java.util.HashSet<>();
        /** start offsets of the sentences, in order */
        final List<Integer> sentenceStarts = new ArrayList<>();
        /** countries named by the actors met so far */
        final Set<String> countriesSeen = new java.util.HashSet<>();
        private final Map<String, ActorBuilder> byKey = new LinkedHashMap<>();
        private final List<ActorBuilder> people = new ArrayList<>();
        private final List<Map.Entry<TextSpan, ActorBuilder>> personMentions = new ArrayList<>();
        private int personSeq;

        ArticleActors(String text, LocalDate date) {
            this.text = text;
            this.date = date;
        }

        void addPerson(TextSpan mention, List<String> words, Span sp, int sentence) {
            ActorBuilder person = matchPerson(words);
            if (person == null) {
                person = new ActorBuilder("P" + (personSeq++), ActorKind.PERSON);
                people.add(person);
                byKey.put(person.key, person);
            }
            if (words.size() > person.nameWords.size()) {
                person.nameWords = words;
                person.name = mention.text();
            }
            if (person.title == null && sp.title != null) {
                person.title = sp.title;
            }
            if (person.country == null && sp.country != null) {
                person.country = sp.country;
            }
            if (person.sector == null && sp.sector != null) {
                person.sector = sp.sector;
            }
            if (person.code == null && sp.code != null) {
                person.code = sp.code;
            }
            if (person.possessor == null && sp.possessor != null) {
                person.possessor = sp.possessor;
            }
            if (person.contextCountry == null && sp.contextCountry != null) {
                person.contextCountry = sp.contextCountry;
            }
            if (sp.country != null) {
                countriesSeen.add(sp.country);
            }
            sp.resolved = person;
            person.tentative = false;
            person.mentions.add(mention);
            person.lastMention = mention.start();
            personMentions.add(Map.entry(mention, person));
        }

        /**
         * Another phrase naming a person already added: an appositive beside the name. It is a mention for later
         * stages, not a second sighting for pronouns: the name beside it already is one.
         */
        void addAlias(TextSpan mention, ActorBuilder person) {
            person.mentions.add(mention);
        }

        /** The person these name words refer to: same surname and no conflicting first names; latest wins. */
        private ActorBuilder matchPerson(List<String> words) {
            if (words.isEmpty()) {
                return null;
            }
            ActorBuilder best = null;
            for (ActorBuilder p : people) {
                if (compatibleNames(p.nameWords, words) && (best == null || p.lastMention > best.lastMention)) {
                    best = p;
                }
            }
            return best;
        }

        private final List<RoleMention> roleMentions = new ArrayList<>();

        void addRoleMention(TextSpan mention, Span sp, int sentence) {
            roleMentions.add(new RoleMention(mention, sp, sentence));
        }

        /**
         * Joins each unnamed role ("the US president") to a person of the same country or organization: the most
         * recent one named before it, else the first named soon after. A role that fits nobody is dropped rather
         * than made an actor of its own, which would split one person in two.
         */
        void linkRoleMentions() {
            for (RoleMention r : roleMentions) {
                ActorBuilder best = null;
                int bestDistance = Integer.MAX_VALUE;
                boolean anaphoric = r.span().anaphoric;
                for (Map.Entry<TextSpan, ActorBuilder> e : personMentions) {
                    ActorBuilder p = e.getValue();
                    if (anaphoric ? !holdsRole(p, r.span().title, true)
                            : !sameAffiliation(p, r.span()) || !holdsRole(p, r.span().title, false)) {
                        continue;
                    }
                    int before = r.mention().start() - e.getKey().end();
                    if (anaphoric && (before < 0 || before > 1000)) {
                        continue;
                    }
                    int distance = before >= 0 ? before : 3 * (e.getKey().start() - r.mention().end());
                    if (distance < bestDistance && distance < 1500) {
                        best = p;
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    best.mentions.add(r.mention());
                    if (best.title == null) {
                        best.title = r.span().title;
                    }
                    if (best.sector == null) {
                        best.sector = r.span().sector;
                    }
                    personMentions.add(Map.entry(r.mention(), best));
                } else if (!anaphoric) {
                    // nobody named fits: a person known only by role ("an Argentine judge"), tentatively
                    String key = "R:" + r.span().country + ":" + r.span().code + ":" + fold(r.span().title);
                    ActorBuilder a = byKey.get(key);
                    if (a == null) {
                        a = new ActorBuilder(key, ActorKind.PERSON);
                        a.name = r.mention().text();
                        a.title = r.span().title;
                        a.country = r.span().country;
                        a.sector = r.span().sector;
                        a.code = r.span().code;
                        byKey.put(key, a);
                    }
                    a.mentions.add(r.mention());
                    a.lastMention = r.mention().start();
                }
            }
        }

        /**
         * Whether what we know of a person's office fits a role: "the foreign minister" is not the president.
         * Generic roles ("leader", "official") fit any holder; an unknown office fits unless {@code strict}.
         */
        private boolean holdsRole(ActorBuilder p, String roleTitle, boolean strict) {
            String roleHead = lastWord(roleTitle);
            if (p.title == null && p.office == null) {
                return !strict;
            }
            if (GENERIC_ROLES.contains(roleHead)) {
                return true;
            }
            for (String known : new String[] {p.title, p.office}) {
                if (known != null && (lastWord(known).equals(roleHead) || GENERIC_ROLES.contains(lastWord(known)))) {
                    return true;
                }
            }
            return false;
        }

        private boolean sameAffiliation(ActorBuilder p, Span role) {
            if (role.country != null) {
                return role.country.equals(p.country);
            }
            return "IGO".equals(role.sector) && "IGO".equals(p.sector);
        }

        void addOther(TextSpan mention, Span sp) {
            String key = switch (sp.type) {
                case COUNTRY -> "C:" + sp.country;
                case GOVERNMENT -> "G:" + sp.country + ":" + (sp.sector == null ? "GOV" : sp.sector);
                case ORGANIZATION -> "O:" + fold(sp.name);
                case GROUP -> groupKey(sp);
                // a town standing for its state is its own actor: its name is no name of the state's
                case PLACE -> "L:" + sp.country + ":" + fold(mention.text());
                default -> throw new IllegalStateException("not an actor span: " + sp.type);
            };
            ActorBuilder a = byKey.get(key);
            if (a == null) {
                ActorKind kind = sp.kind != null ? sp.kind : ActorKind.GROUP;
                if (sp.type == SpanType.GROUP && kind == ActorKind.ORGANIZATION && "GOV".equals(sp.sector)) {
                    kind = ActorKind.ORGANIZATION;
                }
                a = new ActorBuilder(key, kind);
                a.name = sp.ownName != null ? sp.ownName : mention.text();
                a.country = sp.country;
                a.sector = sp.sector;
                a.code = sp.code;
                a.namedByMembers = sp.type == SpanType.GROUP && key.startsWith("G:");
                byKey.put(key, a);
            } else if (sp.type == SpanType.GOVERNMENT && !sp.tentative && a.namedByMembers) {
                // "Iraqi politicians ... Baghdad": the government's own name (its seat, "the Iraqi government")
                // names it better than the people who serve it
                a.name = mention.text();
                a.namedByMembers = false;
            } else if (sp.type == SpanType.COUNTRY && !sp.tentative
                    && (a.tentative || mention.text().length() > a.name.length())) {
                a.name = mention.text(); // "United States" over "U.S.", "Syria" over "Syrian"
            }
            a.mentions.add(mention);
            a.lastMention = mention.start();
            if (!sp.tentative) {
                a.tentative = false;
                if (a.kind == ActorKind.ORGANIZATION || a.kind == ActorKind.COUNTRY) {
                    bodyMentions.add(Map.entry(mention, a));
                }
            }
            if (sp.country != null) {
                countriesSeen.add(sp.country);
            }
        }

        private String groupKey(Span sp) {
            if (sp.head != null && sp.head.startsWith("~")) {
                return "Q:" + sp.head;
            }
            if (sp.leaderWords != null) {
                // "the Trump administration": the leader's government, once the leader's country is known
                ActorBuilder leader = matchPerson(sp.leaderWords);
                if (leader != null && leader.sector == null) {
                    leader.sector = "GOV";
                }
                // the leader's titles may not have placed him yet ("the Assad regime" before any "Syrian
                // President"): the office he holds on the article's date does
                String country = leader != null && leader.country != null ? leader.country
                        : knowledge.officeHolder(leader != null ? leader.nameWords : sp.leaderWords, date)
                                .filter(h -> date == null || h.inOffice(date)).map(h -> h.country()).orElse(null);
                if (country != null) {
                    sp.country = country;
                    return "G:" + country + ":GOV";
                }
                return "O:" + String.join(" ", sp.leaderWords) + " " + sp.head;
            }
            // a country's government named by its officials, ministers or administration is the government
            if ("GOV".equals(sp.sector)) {
                return "G:" + sp.country + ":GOV";
            }
            return "Q:" + sp.country + ":" + (sp.sector == null ? sp.head : sp.sector);
        }

        /** Whether an organization named so far has these initials ("SNC" for "Syrian Negotiations Commission"). */
        boolean hasOrganizationWithInitials(String acronym) {
            for (ActorBuilder a : byKey.values()) {
                if (a.kind == ActorKind.ORGANIZATION && a.key.startsWith("O:") && a.name != null
                        && a.name.split("[\\s-]+").length >= 2 && acronym.equals(initials(a.name))) {
                    return true;
                }
            }
            return false;
        }

        /** end offsets of tokens that modify a noun ("Democratic" in "Democratic nominee"): no actor in themselves */
        final Set<Integer> modifierEnds = new java.util.HashSet<>();

        /** "it" pronouns to resolve to a body or a state */
        final List<PendingBodyPronoun> bodyPronouns = new ArrayList<>();
        /** mentions of bodies and states, in text order */
        private final List<Map.Entry<TextSpan, ActorBuilder>> bodyMentions = new ArrayList<>();

        /** Each "it" to the body or state named last before it in its sentence or the one before, not its subject. */
        void resolveBodyPronouns() {
            for (PendingBodyPronoun p : bodyPronouns) {
                ActorBuilder best = null;
                int bestStart = -1;
                for (Map.Entry<TextSpan, ActorBuilder> e : bodyMentions) {
                    TextSpan m = e.getKey();
                    boolean subject = p.subjectOffset() >= m.start() && p.subjectOffset() < m.end();
                    if (m.end() <= p.span().start() && m.start() > bestStart && !subject
                            && !modifierEnds.contains(m.end()) && sentenceOf(m.start()) >= p.sentence() - 1) {
                        best = e.getValue();
                        bestStart = m.start();
                    }
                }
                if (best != null) {
                    best.mentions.add(p.span());
                }
            }
        }

        void resolvePronouns(List<PendingPronoun> pronouns) {
            personMentions.sort(Comparator.comparingInt(e -> e.getKey().start()));
            for (PendingPronoun p : pronouns) {
                // the most recent compatible person, unless the pronoun is a subject and a recent clause had a
                // compatible person as its subject: "The minister criticised Macron ... 'X,' he said" is the minister
                ActorBuilder recent = null;
                ActorBuilder subject = null;
                boolean pronounIsSubject = subjectTokens.contains(p.span().start());
                for (int k = personMentions.size() - 1; k >= 0; k--) {
                    Map.Entry<TextSpan, ActorBuilder> e = personMentions.get(k);
                    if (e.getKey().end() > p.span().start()) {
                        continue;
                    }
                    if (p.span().start() - e.getKey().start() > 600) {
                        break; // too far back to trust
                    }
                    ActorBuilder cand = e.getValue();
                    if (cand.male != null && cand.male != p.male()) {
                        continue;
                    }
                    if (recent == null) {
                        recent = cand;
                    }
                    if (sentenceOf(e.getKey().start()) < p.sentence() - 1) {
                        break; // salience fades after a sentence: keep the most recent
                    }
                    if (isSubject(e.getKey())) {
                        subject = cand;
                        break;
                    }
                }
                ActorBuilder best = pronounIsSubject && subject != null ? subject : recent;
                if (best != null) {
                    if (best.male == null) {
                        best.male = p.male();
                    }
                    best.mentions.add(p.span());
                }
            }
        }

        private int sentenceOf(int offset) {
            int i = java.util.Collections.binarySearch(sentenceStarts, offset);
            return i >= 0 ? i : -i - 2;
        }

        private boolean isSubject(TextSpan mention) {
            for (Integer start : subjectTokens) {
                if (start >= mention.start() && start < mention.end()) {
                    return true;
                }
            }
            return false;
        }

        /** NER sometimes tags a known person's surname as an organization ("Trump also angered ..."). */
        private void mergeOrganizationsNamedLikePeople() {
            for (var it = byKey.entrySet().iterator(); it.hasNext(); ) {
                ActorBuilder a = it.next().getValue();
                if (a.kind != ActorKind.ORGANIZATION || !a.key.startsWith("O:") || a.code != null || a.sector != null) {
                    continue;
                }
                List<String> words = List.of(fold(a.name).split("\\s+"));
                ActorBuilder person = matchPerson(words);
                if (person != null) {
                    person.mentions.addAll(a.mentions);
                    it.remove();
                }
            }
        }

        /** The user's dictionary wins over what titles said about a person. */
        void applyUserDictionary() {
            for (ActorBuilder p : people) {
                Optional<ActorDictionary.Entry> mine = user.person(p.nameWords, date);
                if (mine.isPresent()) {
                    ActorDictionary.Entry e = mine.get();
                    p.country = e.country();
                    p.sector = e.sector();
                    p.code = e.code();
                    continue;
                }
                // office-holders fill what the article's titles left open; a former holder keeps the country
                knowledge.officeHolder(p.nameWords, date).ifPresent(h -> {
                    boolean inOffice = date == null || h.inOffice(date);
                    if (inOffice) {
                        p.office = h.office();
                    }
                    if (p.country == null && p.sector == null && h.country() == null && inOffice) {
                        p.sector = h.sector();
                        p.code = h.code();
                    }
                    if (p.country == null && h.country() != null) {
                        p.country = h.country();
                    }
                    if (p.sector == null && inOffice) {
                        p.sector = h.sector();
                    }
                });
            }
        }

        /** "the Syrian Negotiations Commission ... the SNC": an acronym of an organization named in full is that organization. */
        private void mergeAcronyms() {
            List<ActorBuilder> orgs = new ArrayList<>();
            for (ActorBuilder a : byKey.values()) {
                if (a.kind == ActorKind.ORGANIZATION && a.key.startsWith("O:")) {
                    orgs.add(a);
                }
            }
            for (ActorBuilder acronym : orgs) {
                String n = acronym.name;
                if (n == null || n.length() < 2 || n.length() > 6 || !n.equals(n.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                for (ActorBuilder full : orgs) {
                    if (full != acronym && byKey.containsKey(full.key) && n.equals(initials(full.name))) {
                        full.mentions.addAll(acronym.mentions);
                        if (full.country == null) {
                            full.country = acronym.country;
                        }
                        if (full.sector == null) {
                            full.sector = acronym.sector;
                        }
                        byKey.remove(acronym.key);
                        break;
                    }
                }
            }
        }

        /**
         * A state named only by its adjective, in an article that names its government ("the Syrian government ...
         * Syrian troops"), is that government: one actor, not two.
         */
        private void mergeAdjectivesIntoGovernments() {
            for (var it = byKey.entrySet().iterator(); it.hasNext(); ) {
                ActorBuilder a = it.next().getValue();
                if (!a.key.startsWith("C:") || !a.tentative) {
                    continue;
                }
                ActorBuilder gov = byKey.get("G:" + a.country + ":GOV");
                if (gov != null) {
                    gov.mentions.addAll(a.mentions);
                    it.remove();
                }
            }
        }

        /**
         * "Bernie ... Bernie Sanders": a lone first name joins the one person of the article who has it (never
         * when two people share it).
         */
        private void mergeFirstNames() {
            for (var it = people.iterator(); it.hasNext(); ) {
                ActorBuilder lone = it.next();
                if (lone.nameWords.size() != 1) {
                    continue;
                }
                ActorBuilder only = null;
                int fits = 0;
                for (ActorBuilder p : people) {
                    if (p != lone && p.nameWords.size() >= 2 && p.nameWords.get(0).equals(lone.nameWords.get(0))) {
                        only = p;
                        fits++;
                    }
                }
                if (fits == 1) {
                    only.mentions.addAll(lone.mentions);
                    byKey.remove(lone.key);
                    it.remove();
                }
            }
        }

        Result build() {
            mergeFirstNames();
            mergeAdjectivesIntoGovernments();
            mergeOrganizationsNamedLikePeople();
            mergeAcronyms();
            // a role held through someone ("Trump's envoy") takes that person's country
            for (ActorBuilder a : byKey.values()) {
                if (a.country == null && a.possessor != null && a.possessor.resolved != null) {
                    a.country = a.possessor.resolved.country;
                    if (a.sector == null) {
                        a.sector = a.possessor.resolved.sector;
                    }
                }
            }
            // a titled person no knowledge places ("Vice-President Moody Awori") is of the country around him
            for (ActorBuilder p : people) {
                // an official of an international body has no country, whatever the sentence names
                boolean international = "IGO".equals(p.sector) || p.code != null && p.code.startsWith("IGO");
                if (p.country == null && p.contextCountry != null && byKey.containsKey(p.key) && !international) {
                    p.country = p.contextCountry;
                }
            }
            List<ActorBuilder> ordered = new ArrayList<>(byKey.values());
            ordered.sort(Comparator.comparingInt(a -> a.mentions.stream().mapToInt(TextSpan::start).min().orElse(0)));
            List<Actor> out = new ArrayList<>();
            Set<String> tentative = new java.util.HashSet<>();
            int id = 1;
            for (ActorBuilder a : ordered) {
                a.mentions.sort(Comparator.comparingInt(TextSpan::start));
                String code = a.code;
                if (code == null && a.country != null) {
                    code = a.country + (a.sector == null ? "" : a.sector);
                }
                String actorId = "a" + id++;
                if (a.tentative) {
                    tentative.add(actorId);
                }
                out.add(new Actor(actorId, a.name, a.kind, a.country, a.sector, code, a.title, a.mentions));
            }
            return new Result(out, tentative);
        }
    }

    static String lastWord(String phrase) {
        String[] w = fold(phrase).trim().split("[\\s-]+");
        return w[w.length - 1];
    }

    /** The capital initials of a name's words: "Syrian Negotiations Commission" gives "SNC". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * Whether two name word lists can name one person: the same last word, and no first names that differ
     * ("Barack Obama" and "Michelle Obama" are two people; "Obama" may be either, the latest seen wins).
     */
    static boolean compatibleNames(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return longer.containsAll(shorter);
    }
}
