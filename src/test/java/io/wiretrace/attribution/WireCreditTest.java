package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bylines, sign-offs, material credits and agency sourcing. */
class WireCreditTest {

    private static final String LEAD = "The central bank raised interest rates by half a point on Thursday, the largest "
            + "increase in two decades, citing persistent inflation across the economy.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe, Associated Press       | ap",
        "Jane Doe, AP National Writer        | ap",
        "Par AFP                             | afp",
        "Por: Agencia EFE                    | efe",
        "Af Ritzau                           | ritzau",
        "Von Max Muster, dpa                 | dpa",
        "Reuters                             | reuters",
        "By Reuters Staff                    | reuters",
        "Staff and agencies                  | agencies",
        "Le Monde avec AFP                   | afp",
        "By Kate Doe, CNN                    | cnn",
        "Redacción con agencias              | agencies",
        "By Jane Doe, PA                     | pa-media",
    })
    void readsAgencyCreditsInBylines(String byline, String target) {
        assertThat(Detection.summary(article().byline(byline).body(LEAD))).contains("wire_credit:" + target);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Fox News", "By Jane Doe", "Jane Doe and John Roe", "By Time Staff Photographer Getty",
        "Jane Roe, Harrisburg, PA", "Updated 4 May 2024 | Sponsored by Reuters Events", "Jane Roe, Reuters Institute Fellow"})
    void aNewsroomAloneOrAPersonIsNotAWireCredit(String byline) {
        assertThat(Detection.summary(article().byline(byline).body(LEAD)))
                .noneMatch(s -> s.startsWith("wire_credit:"));
    }

    @Test
    void readsAnAgencyCreditRunTogetherWithSectionDateAndContactLine() {
        var found = Detection.detect(article().byline("Indland - 3. marts 2024 kl. 08:15 Af Ritzau Skriv til redaktionen")
                .body(LEAD));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(Detection.summary(a)).isEqualTo("wire_credit:ritzau");
            assertThat(a.evidence().location()).isEqualTo("byline");
        });
        assertThat(Detection.summary(article().byline("Sport - 3. marts 2024 kl. 08:15 Af Jens Hansen Skriv til os")
                .body(LEAD))).isEmpty();
        assertThat(Detection.summary(article().byline("Updated 4 May 2024 | Photos by AFP").body(LEAD))).isEmpty();
    }

    @Test
    void theOwnOutletInTheBylineIsASelfReference() {
        assertThat(Detection.summary(article().site("reuters.com").byline("By Jane Doe, Reuters").body(LEAD)))
                .isEmpty();
    }

    @Test
    void readsAgencyAuthorsInJsonLd() {
        assertThat(Detection.summary(article().jsonLdAuthors("PTI").body(LEAD))).containsExactly("wire_credit:pti");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks will resume next week. — AFP                  | afp",
        "Die Gespräche gehen nächste Woche weiter. (dpa)         | dpa",
        "Die Gespräche gehen nächste Woche weiter. (dpa/mk)      | dpa",
        "The talks will resume next week. (AFP/Reuters)          | reuters",
        "EFE                                                     | efe",
        "(ANSA)                                                  | ansa",
        "/ritzau/                                                | ritzau",
        "dpa/AFP                                                 | afp",
        "Rozmowy zostaną wznowione w przyszłym tygodniu. (PAP)   | pap",
        "- NZPA                                                  | nzpa",
        "Die Gespräche gehen nächste Woche weiter. (dpa, afp)    | afp",
        "— Sapa                                                  | sapa",
    })
    void readsSignOffsClosingTheBody(String lastLine, String agency) {
        assertThat(Detection.summary(article().body(LEAD, "Second paragraph of the story.", lastLine)))
                .contains("wire_credit:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The minister arrives in Kuala Lumpur. — AFP pic",
        "Protesters gather outside parliament. (REUTERS/Jane Doe)",
        "Photo: AFP",
        "The minister during the summit. Photo by Jane Doe/AFP",
        "(AP Photo/John Roe)",
        "Getty Images",
        "- AFP Photo",
    })
    void ignoresPhotoCreditsAtTheEnd(String lastLine) {
        assertThat(Detection.summary(article().body(LEAD, "Second paragraph of the story.", lastLine))).isEmpty();
    }

    @Test
    void readsASignOffBeforeTrailingTeasers() {
        var page = article().body(LEAD, LEAD + " The board will meet again next week to decide. (dpa/gem)",
                "Read also:", "Teaser one", "Teaser two", "Teaser three", "Teaser four", "Teaser five", "Teaser six");
        assertThat(Detection.summary(page)).containsExactly("wire_credit:dpa");
    }

    @Test
    void aBareAgencyLineAmongPhotoCaptionsIsNotASignOff() {
        var gallery = article().body("1/3 Factory reopens", LEAD, "Getty", "2/3 Strike ends", LEAD, "GETTY IMAGES",
                "3/3 Harbour busy", LEAD, "Reuters", "The end of the gallery text follows.");
        assertThat(Detection.summary(gallery)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(Con información de AFP, EFE y Reuters)                                   | efe",
        "Con información de EFE.                                                   | efe",
        "(Com informações da Reuters)                                              | reuters",
        "Com informações da Agência Brasil e da Reuters.                           | agencia-brasil",
        "(Mit Material von dpa und AFP)                                            | afp",
        "Mit Material von dts                                                      | dts",
        "With inputs from PTI                                                      | pti",
        "(With inputs from agencies)                                               | agencies",
        "Additional reporting by Reuters.                                          | reuters",
        "Information from the Associated Press was used in this report.            | ap",
        "This report contains material from Reuters.                               | reuters",
        "Some information for this report was provided by AFP and AP.              | afp",
        "Some information for this report was provided by AFP and AP.              | ap",
        "(avec AFP)                                                                | afp",
        "Associated Press writer John Roe in Denver contributed to this report.   | ap",
        "The Associated Press contributed to this report.                          | ap",
        "com agências                                                              | agencies",
        "Met informatie van ANP.                                                   | anp",
        "(Met materiaal van Reuters)                                               | reuters",
        "Na podstawie informacji PAP.                                              | pap",
    })
    void readsAgencyMaterialCredits(String credit, String agency) {
        assertThat(Detection.summary(article().body(LEAD, "Second paragraph of the story.", credit)))
                .contains("wire_credit:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Reuters reported last week that the merger was off.",
        "According to the Associated Press, the vote was delayed.",
        "He spoke with Reuters.",
        "In an interview with AFP, the minister denied the claims.",
        "The minister told Reuters on Monday that talks had stalled.",
        "Additional reporting by Jane Doe in Paris.",
        "Jane Doe contributed to this report.",
        "Intelligence reports seen by Reuters suggest otherwise.",
        "Según la agencia EFE, el acuerdo se firmará mañana.",
        "Wie die Nachrichtenagentur Ansa berichtete, geht der Prozess weiter.",
        "Na podstawie danych GUS liczba mieszkańców spadła.",
        "Met informatie van de gemeente is het plan aangepast.",
    })
    void citationsAreNotCredits(String sentence) {
        assertThat(Detection.summary(article().body(LEAD, sentence, "The story continues with more detail here.")))
                .isEmpty();
    }

    @Test
    void agencySourcingCountsOnlyOnSyndicatedCopy() {
        String quote = "Two officials, who spoke to AFP on condition of anonymity, confirmed the arrests.";
        assertThat(Detection.summary(article().body(LEAD, quote, "More detail."))).isEmpty();
        var syndicated = article().body(LEAD, quote,
                "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)");
        var found = Detection.detect(syndicated);
        assertThat(found).extracting(Detection::summary).contains("wire_credit:afp");
        assertThat(found).filteredOn(a -> a.rule().equals(AgencySourcingRule.ID))
                .allSatisfy(a -> assertThat(a.confidence()).isLessThan(0.7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "THE CANADIAN PRESS   | cp",
        "Press Trust Of India | pti",
        "AFP                  | afp",
        "Associated Press / December 31, 2007 | ap",
    })
    void aHeadLineThatIsOnlyAnAgencysNameIsItsByline(String line, String agency) {
        assertThat(Detection.summary(article().body("Jan 17, 2008 04:05 PM", line, LEAD, "Second paragraph.")))
                .contains("wire_credit:" + agency);
    }

    @Test
    void aSingleCapitalisedWordThatNamesAnAgencyIsNotItsByline() {
        // "Mehr" is German for "more" (a button) and the name of an Iranian agency
        assertThat(Detection.summary(article().language("de").body("Mehr", LEAD, "Second paragraph."))).isEmpty();
    }
}
