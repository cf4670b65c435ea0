package org.parley.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbLexiconTest {

    private static final CameoCodebook BOOK = CameoCodebook.loadBuiltIn();
    private static final VerbLexicon LEXICON = VerbLexicon.loadBuiltIn(BOOK);

    @Test
    void coversEveryRootWithManyEntries() {
        Set<String> roots = LEXICON.entries().stream().map(e -> e.cameo().substring(0, 2)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(roots).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
                "15", "16", "17", "18", "19", "20");
        assertThat(LEXICON.size()).isGreaterThan(600);
        for (String root : roots) {
            long codes = LEXICON.entries().stream().filter(e -> e.cameo().startsWith(root)).map(LexiconEntry::cameo).distinct().count();
            assertThat(codes).as("distinct codes under root " + root).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyCodeIsInTheCodebookAndEveryEntryKnowsItsLine() {
        for (LexiconEntry e : LEXICON.entries()) {
            assertThat(BOOK.contains(e.cameo())).as(e.lemma() + " -> " + e.cameo()).isTrue();
            assertThat(e.line()).isPositive();
            assertThat(e.roles().source()).isNotEmpty();
        }
    }

    /**
     * Real news phrasings as a dependency extractor sees them: head lemma, word class, attached particles, the
     * argument lemmas separated by '|' (objects, complements, compound forms) and the head's modifiers.
     */
    @ParameterizedTest(name = "{0} -> {6}")
    @CsvSource(delimiter = ';', textBlock = """
            called on Russia to end the war;        call;       VERB; on to;       russia|end|war;                 ;          0256
            urged Iran to release the sailors;      urge;       VERB; to;          iran|release|sailor;            ;          0253
            appealed for calm;                      appeal;     VERB; for;         calm;                           ;          020
            called for early elections;             call;       VERB; for;         election|early election;        ;          0241
            urged restraint;                        urge;       VERB; ;            restraint;                      ;          0256
            agreed to resume talks;                 agree;      VERB; to;          resume|talk;                    ;          036
            pledged humanitarian aid to;            pledge;     VERB; to;          aid|humanitarian aid;           ;          0333
            offered to mediate between;             offer;      VERB; to between;  mediate;                        ;          039
            held talks with;                        hold;       VERB; with;        talk;                           ;          046
            talks between X and Y;                  talk;       NOUN; between;     ;                               ;          046
            meeting with;                           meeting;    NOUN; with;        ;                               ;          040
            sat down with;                          sit;        VERB; down with;   ;                               ;          046
            visited Beijing;                        visit;      VERB; ;            beijing;                        ;          042
            a visit to China;                       visit;      NOUN; to;          ;                               ;          042
            a phone call between;                   call;       NOUN; between;     ;                               phone;     041
            mediated between;                       mediate;    VERB; between;     ;                               ;          045
            signed a trade agreement with;          sign;       VERB; with;        agreement|trade agreement;      ;          057
            praised;                                praise;     VERB; ;            ;                               ;          051
            rallied support for;                    rally;      VERB; for;         support;                        ;          053
            expressed regret;                       express;    VERB; ;            regret;                         ;          055
            issued a statement;                     issue;      VERB; ;            statement;                      ;          010
            expressed concern over;                 express;    VERB; over;        concern;                        ;          012
            denied the allegations;                 deny;       VERB; ;            allegation;                     ;          016
            offered condolences to;                 offer;      VERB; to;          condolence;                     ;          018
            agreed with;                            agree;      VERB; with;        ;                               ;          019
            delivered food aid to;                  deliver;    VERB; to;          aid|food aid;                   ;          073
            released 50 prisoners;                  release;    VERB; ;            prisoner;                       ;          0841
            exchanged prisoners with;               exchange;   VERB; with;        prisoner;                       ;          0841
            lifted sanctions on;                    lift;       VERB; on;          sanction;                       ;          085
            declared a ceasefire;                   declare;    VERB; ;            ceasefire;                      ;          0871
            withdrew its troops from;               withdraw;   VERB; from;        troop;                          ;          0874
            pulled out of Afghanistan;              pull;       VERB; out_of;      afghanistan;                    ;          0874
            resigned;                               resign;     VERB; ;            ;                               ;          0831
            opened an investigation into;           open;       VERB; ;            investigation;                  ;          090
            an investigation into war crimes;       investigation; NOUN; into;     crime|war crime;                ;          094
            demanded the release of;                demand;     VERB; ;            release;                        ;          1053
            demanded his resignation;               demand;     VERB; ;            resignation;                    ;          1041
            condemned the attack;                   condemn;    VERB; ;            attack;                         ;          111
            was critical of;                        critical;   ADJ;  of;          ;                               ;          111
            accused X of;                           accuse;     VERB; of;          x;                              ;          112
            accused X of war crimes;                accuse;     VERB; of;          x|crime|war crime;              ;          1124
            accused X of corruption;                accuse;     VERB; of;          x|corruption;                   ;          1121
            accused X of spying;                    accuse;     VERB; of;          x|spying;                       ;          1125
            summoned the ambassador;                summon;     VERB; ;            ambassador;                     ;          114
            filed a lawsuit against;                file;       VERB; against;     lawsuit;                        ;          115
            rejected the peace plan;                reject;     VERB; ;            plan|peace plan;                ;          127
            refused to step down;                   refuse;     VERB; to;          step;                           ;          1231
            vetoed the resolution;                  veto;       VERB; ;            resolution;                     ;          129
            threatened to impose sanctions;         threaten;   VERB; to;          impose|sanction;                ;          1312
            threatened military action;             threaten;   VERB; ;            action|military action;         ;          138
            warned of famine;                       warn;       VERB; of;          famine;                         ;          012
            warned of sanctions;                    warn;       VERB; of;          sanction;                       ;          1312
            issued an ultimatum to;                 issue;      VERB; to;          ultimatum;                      ;          139
            demonstrated against;                   demonstrate; VERB; against;    ;                               ;          141
            went on hunger strike;                  go;         VERB; on;          strike|hunger strike;           ;          142
            a general strike;                       strike;     NOUN; ;            ;                               general;   143
            blocked the highway;                    block;      VERB; ;            highway;                        ;          144
            deployed troops to the border;          deploy;     VERB; to;          troop;                          ;          154
            broke off diplomatic relations with;    break;      VERB; off with;    relation|diplomatic relation;   ;          161
            expelled two diplomats;                 expel;      VERB; ;            diplomat;                       ;          161
            recalled its ambassador;                recall;     VERB; ;            ambassador;                     ;          161
            imposed sanctions on;                   impose;     VERB; on;          sanction;                       ;          163
            walked out of the talks;                walk;       VERB; out of;      talk;                           ;          164
            expelled the inspectors;                expel;      VERB; ;            inspector;                      ;          1662
            demolished homes;                       demolish;   VERB; ;            home;                           ;          1712
            imposed a curfew;                       impose;     VERB; ;            curfew;                         ;          1723
            arrested the opposition leader;         arrest;     VERB; ;            leader|opposition leader;       ;          173
            deported journalists;                   deport;     VERB; ;            journalist;                     ;          174
            cracked down on protesters;             crack;      VERB; down on;     protester;                      ;          175
            kidnapped;                              kidnap;     VERB; ;            ;                               ;          181
            took hostages;                          take;       VERB; ;            hostage;                        ;          181
            a suicide bombing;                      bombing;    NOUN; ;            ;                               suicide;   1831
            a car bomb;                             bomb;       NOUN; ;            ;                               car;       1832
            assassinated;                           assassinate; VERB; ;           ;                               ;          186
            opened fire on;                         open;       VERB; on;          fire;                           ;          190
            an attack on;                           attack;     NOUN; on;          ;                               ;          190
            shelled the city;                       shell;      VERB; ;            city;                           ;          194
            fired rockets at;                       fire;       VERB; at;          rocket;                         ;          194
            carried out airstrikes on;              carry;      VERB; out on;      airstrike;                      ;          195
            air strikes on Gaza;                    strike;     NOUN; on;          ;                               air;       195
            invaded Ukraine;                        invade;     VERB; ;            ukraine;                        ;          190
            Russia's invasion of Ukraine;           invasion;   NOUN; of;          ;                               ;          190
            mounted an invasion of;                 mount;      VERB; of;          invasion;                       ;          190
            annexed Crimea;                         annex;      VERB; ;            crimea;                         ;          192
            the occupation of;                      occupation; NOUN; of;          ;                               ;          192
            provided military intelligence to;      provide;    VERB; to;          intelligence|military intelligence; ;      072
            shared intelligence with;               share;      VERB; with;        intelligence;                   ;          064
            opened its borders to;                  open;       VERB; to;          border;                         ;          073
            enhanced political freedoms;            enhance;    VERB; ;            freedom|political freedom;      ;          0811
            took down the website;                  take;       VERB; down;        website;                        ;          1721
            seized the town;                        seize;      VERB; ;            town;                           ;          192
            violated the ceasefire;                 violate;    VERB; ;            ceasefire;                      ;          196
            massacred;                              massacre;   VERB; ;            ;                               ;          202
            used chemical weapons against;          use;        VERB; against;     weapon|chemical weapon;         ;          2041
            """)
    void resolvesNewsPhrasings(String phrase, String lemma, String pos, String particles, String objects, String modifiers,
                               String expected) {
        LexiconQuery query = new LexiconQuery(lemma, PartOfSpeech.parse(pos), words(particles, " "), words(objects, "\\|"),
                words(modifiers, " "));
        assertThat(BOOK.contains(expected)).as("expected code " + expected + " is in the codebook").isTrue();
        assertThat(LEXICON.match(query)).as(phrase).map(LexiconMatch::cameo).contains(expected);
    }

    private static Set<String> words(String text, String separator) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return new HashSet<>(Arrays.asList(text.trim().split(separator)));
    }

    @Test
    void rolesSayWhereSourceAndTargetAre() {
        LexiconMatch invasion = LEXICON.match("invasion", PartOfSpeech.NOUN, Set.of("of"), null).orElseThrow();
        assertThat(invasion.roles().source()).startsWith(RoleSlot.of(RoleSlot.Kind.POSSESSOR));
        assertThat(invasion.roles().target()).contains(RoleSlot.prep("of"));
        LexiconMatch callOn = LEXICON.match("call", PartOfSpeech.VERB, Set.of("on", "to"), "release").orElseThrow();
        assertThat(callOn.roles().target()).startsWith(RoleSlot.prep("on"));
        LexiconMatch talks = LEXICON.match("talk", PartOfSpeech.NOUN, Set.of("between"), null).orElseThrow();
        assertThat(talks.roles().symmetric()).isTrue();
        LexiconMatch meeting = LEXICON.match("meeting", PartOfSpeech.NOUN, Set.of("with"), null).orElseThrow();
        assertThat(meeting.roles().target()).startsWith(RoleSlot.prep("with"));
        LexiconMatch received = LEXICON.match(new LexiconQuery("receive", PartOfSpeech.VERB, Set.of("from"), Set.of("aid"), Set.of()))
                .orElseThrow();
        assertThat(received.cameo()).isEqualTo("070");
        assertThat(received.roles().source()).containsExactly(RoleSlot.prep("from"));
        assertThat(received.roles().target()).containsExactly(RoleSlot.of(RoleSlot.Kind.SUBJECT));
    }

    @Test
    void needsItsParticlesObjectAndModifiersBeforeItMatches() {
        // "call" alone is a telephone call or a naming ("called the plan a mistake"): no event without on/for
        assertThat(LEXICON.match("call", PartOfSpeech.VERB, Set.of(), null)).isEmpty();
        assertThat(LEXICON.match("hold", PartOfSpeech.VERB, Set.of(), "press conference")).isEmpty();
        assertThat(LEXICON.match("invade", PartOfSpeech.NOUN, Set.of(), null)).isEmpty();
        // "took steps to enhance freedoms": taking is a closure only with its particle ("took down")
        assertThat(LEXICON.match("take", PartOfSpeech.VERB, Set.of(), "freedom")).isEmpty();
        assertThat(LEXICON.match("strike", PartOfSpeech.NOUN, Set.of(), null)).map(LexiconMatch::cameo).contains("143");
        assertThat(LEXICON.match(new LexiconQuery("hunger strike", PartOfSpeech.NOUN, Set.of(), Set.of(), Set.of())))
                .map(LexiconMatch::cameo).contains("142");
        LexiconMatch specific = LEXICON.match("call", PartOfSpeech.VERB, Set.of("on", "to"), "release").orElseThrow();
        LexiconMatch general = LEXICON.match("call", PartOfSpeech.VERB, Set.of("on", "to"), "dance").orElseThrow();
        assertThat(specific.specificity()).isGreaterThan(general.specificity());
        assertThat(general.cameo()).isEqualTo("020");
    }

    @Test
    void foldsCaseAndPlurals() {
        assertThat(LEXICON.match("Hold", PartOfSpeech.VERB, Set.of("with"), "Talks")).map(LexiconMatch::cameo).contains("046");
        assertThat(LEXICON.match("impose", PartOfSpeech.VERB, Set.of(), "sanctions")).map(LexiconMatch::cameo).contains("163");
        assertThat(LEXICON.mayTrigger("Invade")).isTrue();
        assertThat(LEXICON.mayTrigger("invasions")).isTrue();
        assertThat(LEXICON.mayTrigger("talks")).isTrue();
        assertThat(LEXICON.mayTrigger("banana")).isFalse();
        assertThat(LEXICON.mayTrigger(null)).isFalse();
    }

    @Test
    void userFilesOverrideAddAndRemove() {
        String user = """
                # a user's additions
                lemma\tpos\tparticles\tobject\tcameo\troles
                occupy\tVERB\t-\t-\t190\t-
                stonewall\tVERB\t-\t-\t124\t-
                praise\tVERB\t-\t-\tnone
                """;
        VerbLexicon extended = LEXICON.extendedWith(new StringReader(user), "user.tsv");
        assertThat(extended.match("occupy", PartOfSpeech.VERB, Set.of(), null)).map(LexiconMatch::cameo).contains("190");
        assertThat(extended.match("stonewall", PartOfSpeech.VERB, Set.of(), null)).map(LexiconMatch::cameo).contains("124");
        assertThat(extended.match("praise", PartOfSpeech.VERB, Set.of(), null)).isEmpty();
        assertThat(extended.size()).isEqualTo(LEXICON.size());
        // the built-in lexicon is untouched
        assertThat(LEXICON.match("occupy", PartOfSpeech.VERB, Set.of(), null)).map(LexiconMatch::cameo).contains("192");
    }

    @Test
    void lemmaAndParticleAlternativesGiveEntriesObjectAlternativesStayTogether() {
        VerbLexicon lexicon = VerbLexicon.parse(new StringReader(
                "halt|suspend\tVERB\t-|off\ttalk|negotiation\t164\ttarget=prep:with;symmetric\tsuspended talks\n"), "t.tsv", BOOK);
        assertThat(lexicon.size()).isEqualTo(4);
        assertThat(lexicon.entries()).allSatisfy(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.objects()).containsExactly("talk", "negotiation");
            assertThat(e.roles().symmetric()).isTrue();
        });
        LexiconMatch match = lexicon.match("suspend", PartOfSpeech.VERB, Set.of("off"), "negotiations").orElseThrow();
        assertThat(match.entry().particles()).containsExactly("off");
        assertThat(match.object()).isEqualTo("negotiation");
        assertThat(match.specificity()).isEqualTo(3);
        assertThat(lexicon.match("suspend", PartOfSpeech.VERB, Set.of(), "aid")).isEmpty();
    }

    @Test
    void theLongestMatchingObjectCounts() {
        LexiconMatch match = LEXICON.match(new LexiconQuery("pledge", PartOfSpeech.VERB, Set.of(),
                Set.of("aid", "humanitarian aid"), Set.of())).orElseThrow();
        assertThat(match.object()).isEqualTo("humanitarian aid");
        assertThat(match.cameo()).isEqualTo("0333");
    }

    @Test
    void aBadEntryFailsWithItsLineNumber() {
        List<String> bad = List.of(
                "invade\tVERB\t-\t-\t999\t-",          // code not in the codebook
                "invade\tVARB\t-\t-\t192\t-",          // unknown word class
                "invade\tVERB\t-\t-\t192\tsource=none", // no source
                "invade\tVERB\t-\t-\t192\ttarget=prep:", // slot without a preposition
                "invade\tVERB\tOn Top\t-\t192\t-",     // particle is not a word
                "invade\tVERB\t-\t-",                  // too few fields
                "Invade!\tVERB\t-\t-\t192\t-");         // lemma is not words
        for (String line : bad) {
            String text = "# header comment\nlemma\tpos\tparticles\tobject\tcameo\troles\ninvade\tVERB\t-\t-\t192\t-\n" + line + "\n";
            assertThatThrownBy(() -> VerbLexicon.parse(new StringReader(text), "mine.tsv", BOOK))
                    .as(line)
                    .isInstanceOf(CameoFormatException.class)
                    .hasMessageStartingWith("mine.tsv:4:")
                    .satisfies(e -> assertThat(((CameoFormatException) e).line()).isEqualTo(4));
        }
    }

    @Test
    void rolesNotationRoundTrips() {
        Roles roles = Roles.parse("source=poss|mod;target=prep:of;symmetric", PartOfSpeech.NOUN, Set.of("of"));
        assertThat(roles.toString()).isEqualTo("source=poss|mod;target=prep:of;symmetric");
        assertThat(Roles.parse(roles.toString(), PartOfSpeech.NOUN, Set.of())).isEqualTo(roles);
        Roles defaults = Roles.parse("-", PartOfSpeech.VERB, Set.of("on"));
        assertThat(defaults.toString()).isEqualTo("source=subj;target=obj|prep:on");
    }
}
