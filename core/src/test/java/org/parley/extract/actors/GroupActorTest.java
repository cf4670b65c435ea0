package org.parley.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.TextSpan;
import org.parley.knowledge.ActorKnowledge;

/**
 * {@link ActorExtractor} on groups and bodies whose country is not written next to them: a group placed by the
 * words after it ("rebels in the Ivory Coast"), a people living in another state ("Bosnian Serbs", "ethnic
 * Albanians ... in Serbia"), a body many states have ("Supreme Court"), a titled person NER took for an
 * organization. Tentative actors are included (as {@link ActorExtractor#extractAll} gives them), since groups
 * are kept only when an event or a quote uses them. Fixtures are tagged as CoreNLP 4.5.10 tagged these sentences.
 */
class GroupActorTest {

    private static ActorExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ActorExtractor(ActorKnowledge.loadBuiltIn());
    }

    private static List<Actor> actors(String tagged) {
        AnnotatedArticle a = TaggedText.article(tagged);
        return extractor.extractAll(a).actors();
    }

    /** The actor with a mention reading exactly {@code words}, or null. */
    private static Actor mentioning(List<Actor> actors, String words) {
        for (Actor a : actors) {
            for (TextSpan m : a.mentions()) {
                if (m.text().equals(words)) {
                    return a;
                }
            }
        }
        return null;
    }

    private static void noActorMentioning(List<Actor> actors, String word) {
        for (Actor a : actors) {
            assertThat(a.mentions()).extracting(TextSpan::text).as("actors %s", actors).doesNotContain(word);
        }
    }

    @Test
    void rebelsInACountryAreThatCountrysRebels() {
        List<Actor> found = actors("Rebels/NNS in/IN the/DT Ivory/NNP/LOCATION Coast/NNP/LOCATION dismissed/VBD "
                + "an/DT appeal/NN from/IN President/NNP Laurent/NNP/PERSON Gbagbo/NNP/PERSON ./.");
        Actor rebels = mentioning(found, "Rebels");
        assertThat(rebels).as("actors %s", found).isNotNull();
        assertThat(rebels.kind()).isEqualTo(ActorKind.GROUP);
        assertThat(rebels.country()).isEqualTo("CIV");
        assertThat(rebels.sector()).isEqualTo("REB");
        assertThat(mentioning(found, "Ivory Coast").kind()).as("the country stays an actor of its own")
                .isEqualTo(ActorKind.COUNTRY);
    }

    @Test
    void aGroupBasedSomewhereIsOfThatCountry() {
        List<Actor> found = actors("A/DT terror/NN group/NN based/VBN in/IN Trinidad/NNP/LOCATION claims/VBZ to/TO "
                + "be/VB manufacturing/VBG weapons/NNS ./.");
        Actor group = mentioning(found, "terror group");
        assertThat(group).as("actors %s", found).isNotNull();
        assertThat(group.country()).isEqualTo("TTO");
        assertThat(group.sector()).isEqualTo("REB");
    }

    @Test
    void aCommunityAfterACountryAdjectiveLivesInThatCountry() {
        Actor kurds = mentioning(actors("Some/DT 800,000/CD/NUMBER Iraqi/JJ Kurds/NNPS sought/VBD refuge/NN "
                + "in/IN Germany/NNP/LOCATION last/JJ/DATE month/NN/DATE ./."), "Iraqi Kurds");
        assertThat(kurds).isNotNull();
        assertThat(kurds.country()).isEqualTo("IRQ");
        assertThat(kurds.sector()).isEqualTo("CVL");
        assertThat(kurds.kind()).isEqualTo(ActorKind.GROUP);
    }

    @Test
    void anotherCountrysPeopleAfterACountryAdjectiveLiveInTheFirst() {
        List<Actor> found = actors("Bosnian/JJ/MISC Serbs/NNPS/MISC demanded/VBD a/DT truce/NN ./.");
        Actor serbs = mentioning(found, "Bosnian Serbs");
        assertThat(serbs).as("actors %s", found).isNotNull();
        assertThat(serbs.country()).isEqualTo("BIH");
        assertThat(serbs.kind()).isEqualTo(ActorKind.GROUP);
    }

    @Test
    void anEthnicMinorityIsOfTheCountryItLivesIn() {
        List<Actor> found = actors("Up/IN to/TO 100/CD/NUMBER ethnic/JJ Albanians/NNPS/MISC demonstrated/VBD "
                + "on/IN Tuesday/NNP/DATE in/IN Serbia/NNP/LOCATION ./.");
        Actor albanians = mentioning(found, "Albanians");
        assertThat(albanians).as("actors %s", found).isNotNull();
        assertThat(albanians.country()).isEqualTo("SRB");
        assertThat(albanians.kind()).isEqualTo(ActorKind.GROUP);
    }

    @Test
    void albaniansWithoutEthnicAreStillAlbania() {
        Actor albanians = mentioning(actors("Albanians/NNPS/MISC demonstrated/VBD in/IN Serbia/NNP/LOCATION ./."),
                "Albanians");
        assertThat(albanians.country()).isEqualTo("ALB");
    }

    @Test
    void aSupremeCourtAfterACountrysPossessiveIsThatCountrys() {
        List<Actor> found = actors("The/DT Ivory/NNP/ORGANIZATION Coast/NNP/ORGANIZATION ~'s/POS/ORGANIZATION "
                + "Supreme/NNP/ORGANIZATION Court/NNP/ORGANIZATION decided/VBD to/TO allow/VB candidate/NN "
                + "Alassane/NNP/PERSON Ouattara/NNP/PERSON to/TO run/VB ./.");
        Actor court = mentioning(found, "Ivory Coast's Supreme Court");
        assertThat(court).as("actors %s", found).isNotNull();
        assertThat(court.country()).isEqualTo("CIV");
        assertThat(court.sector()).isEqualTo("JUD");
    }

    @Test
    void aSupremeCourtAloneInAnotherCountrysSentenceIsThatCountrys() {
        Actor court = mentioning(actors("Kenya/NNP/LOCATION ~'s/POS opposition/NN appealed/VBD ./. || The/DT "
                + "Supreme/NNP/ORGANIZATION Court/NNP/ORGANIZATION annulled/VBD the/DT vote/NN in/IN "
                + "Kenya/NNP/LOCATION ./."), "Supreme Court");
        assertThat(court.country()).isEqualTo("KEN");
    }

    @Test
    void aSupremeCourtInAnAmericanArticleStaysAmerican() {
        Actor court = mentioning(actors("The/DT United/NNP/LOCATION States/NNP/LOCATION imposed/VBD tariffs/NNS ./. "
                + "|| The/DT Supreme/NNP/ORGANIZATION Court/NNP/ORGANIZATION weighed/VBD tariffs/NNS on/IN "
                + "Mexico/NNP/LOCATION ./."), "Supreme Court");
        assertThat(court.country()).isEqualTo("USA");
    }

    @Test
    void aTitledNameTaggedAsAnOrganizationIsAPersonOfTheSentencesCountry() {
        List<Actor> found = actors("Vice-President/NNP Moody/NNP/ORGANIZATION Awori/NNP/ORGANIZATION has/VBZ "
                + "declined/VBN to/TO resign/VB despite/IN pressure/NN by/IN the/DT Kenya/NNP/ORGANIZATION "
                + "Anti-Corruption/NNP/ORGANIZATION Commission/NNP/ORGANIZATION ./.");
        Actor awori = mentioning(found, "Moody Awori");
        assertThat(awori).as("actors %s", found).isNotNull();
        assertThat(awori.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(awori.country()).isEqualTo("KEN");
        assertThat(awori.sector()).isEqualTo("GOV");
    }

    @Test
    void aGroupWithAModifierTakesTheOnlyCountryTheSentenceNames() {
        Actor fundamentalists = mentioning(actors("Islamic/JJ fundamentalists/NNS continued/VBD their/PRP$ "
                + "hunger/NN strike/NN to/TO demand/VB the/DT resignation/NN of/IN Algerian/JJ President/NNP "
                + "Ahmed/NNP/PERSON Ben/NNP/PERSON Bella/NNP/PERSON ./."), "Islamic fundamentalists");
        assertThat(fundamentalists).isNotNull();
        assertThat(fundamentalists.country()).isEqualTo("DZA");
    }

    @Test
    void bareCiviliansTakeTheOnlyCountryTheSentenceNames() {
        List<Actor> found = actors("Demonstrators/NNS blocked/VBD roads/NNS to/TO demand/VB that/IN the/DT "
                + "Kenyan/JJ/MISC government/NN resign/VB ./.");
        Actor demonstrators = mentioning(found, "Demonstrators");
        assertThat(demonstrators).as("actors %s", found).isNotNull();
        assertThat(demonstrators.country()).isEqualTo("KEN");
        assertThat(demonstrators.sector()).isEqualTo("CVL");
    }

    @Test
    void aPartyNameThatBeginsATitleIsTheTitle() {
        List<Actor> found = actors("a/DT bill/NN signed/VBN by/IN Serbian/JJ/ORGANIZATION Labour/NNP/ORGANIZATION "
                + "Minister/NNP Dragan/NNP/PERSON Milovanovic/NNP/PERSON ./.");
        noActorMentioning(found, "Labour");
        noActorMentioning(found, "Serbian Labour");
        Actor minister = mentioning(found, "Dragan Milovanovic");
        assertThat(minister.country()).isEqualTo("SRB");
        assertThat(minister.sector()).isEqualTo("GOV");
    }

    @Test
    void bareTroopsAreNotGivenTheSentencesCountry() {
        List<Actor> found = actors("Trump/NNP/PERSON angered/VBD Iraqi/JJ politicians/NNS after/IN a/DT visit/NN "
                + "to/TO troops/NNS at/IN Ayn/NNP/LOCATION al-Assad/NNP/LOCATION ./.");
        noActorMentioning(found, "troops");
    }

    @Test
    void anEmbassyInACapitalIsNotThatCountrysActor() {
        List<Actor> found = actors("Sri/NNP/LOCATION Lanka/NNP/LOCATION has/VBZ opened/VBN an/DT embassy/NN in/IN "
                + "Tehran/NNP/LOCATION ~,/, the/DT foreign/JJ ministry/NN said/VBD ./.");
        for (Actor a : found) {
            if (a.mentions().stream().anyMatch(m -> m.text().contains("embassy"))) {
                assertThat(a.country()).as("the embassy %s", a).isNotEqualTo("IRN");
                assertThat(a.kind()).as("the embassy %s", a).isNotEqualTo(ActorKind.PERSON);
            }
        }
    }
}
