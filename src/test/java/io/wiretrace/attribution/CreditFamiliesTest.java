package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credit families found across outlets and languages, each with written fixture lines (no page of the corpus):
 * contributor lines, "with files from", bare "X contributed", wire footers naming the report's author, notices of a
 * translation or adaptation "im Original", "apareció originalmente", copyright lines opened by the rights notice, and
 * desk bylines. Each family comes with the look-alikes it must leave alone.
 */
class CreditFamiliesTest {

    private static final String LEAD = "The regional council approved the new budget on Tuesday after a debate that "
            + "lasted late into the night, with most members backing the plan.";
    private static final String SECOND = "Opposition members said the spending on roads was too low and promised to "
            + "raise the issue again when the council meets next month.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // contributed, with or without "to this report"
        "Reuters contributed reporting.                                        | wire_credit:reuters",
        "Associated Press writers Jane Roe in Rome and John Doe contributed.    | wire_credit:ap",
        "The Canadian Press contributed.                                       | wire_credit:cp",
        // a newsroom credited through its reporters
        "CNN's Jane Roe contributed to this report.                            | wire_credit:cnn",
        "The Washington Post’s Jane Roe and John Doe contributed to this report. | wire_credit:washingtonpost",
        // Canadian and Nordic material credits, German "mit Informationen von", Italian elision
        "With files from The Canadian Press                                    | wire_credit:cp",
        "With files from Reuters                                               | wire_credit:reuters",
        // a sign-off whose second part credits the agency
        "Reporting by Jane Roe in London; additional reporting by Reuters      | wire_credit:reuters",
        "Reporting by Jane Roe. Additional reporting by AFP.                   | wire_credit:afp",
        "(With reports from AFP)                                               | wire_credit:afp",
        "Med materiale fra NTB                                                 | wire_credit:ntb",
        "Med material från TT                                                  | wire_credit:tt",
        "Mit Informationen von Reuters                                         | wire_credit:reuters",
        "Con informazioni dell'ANSA.                                           | wire_credit:ansa",
        // contributors lines and wire footers naming the report's author
        "Contributing: The Associated Press                                    | wire_credit:ap",
        "Contributing: Jane Doe, Harbour Daily; Reuters                        | wire_credit:reuters",
        "Contributors: AFP                                                     | wire_credit:afp",
        "This report by The Canadian Press was first published March 3, 2024. | wire_credit:cp",
        "This story by Reuters was first published on Monday.                  | wire_credit:reuters",
        // translations and adaptations that name the original
        "Dieser Artikel erschien im Original auf The Guardian.                 | republished_from:theguardian",
        "Der Text ist im Original bei der New York Times erschienen.           | republished_from:nytimes",
        "Dieser Artikel ist eine Übersetzung, im Original ist er in der britischen Tageszeitung The Guardian erschienen. | republished_from:theguardian",
        "Das Original erschien im US-Magazin The Atlantic.                     | republished_from:theatlantic",
        "Este artículo apareció originalmente en El País.                      | republished_from:elpais",
        "Este artigo apareceu originalmente no Público.                        | republished_from:publico",
        "Questo articolo è apparso originariamente su The Guardian.            | republished_from:theguardian",
        // a name opening with a word for "newspaper" keeps it
        "Este artículo fue publicado originalmente en Diario Harbour.          | republished_from:Diario Harbour",
        "Questo articolo è stato pubblicato originariamente su Giornale Harbour. | republished_from:Giornale Harbour",
        // copyright lines opened by the rights notice, in five languages
        "Tutti i diritti riservati © ANSA                                      | wire_credit:ansa",
        "Alle Rechte vorbehalten. Copyright dpa                                | wire_credit:dpa",
        "Tous droits réservés © AFP                                            | wire_credit:afp",
        "Todos los derechos reservados. © EFE                                  | wire_credit:efe",
        "© Copyright Agência Lusa                                              | wire_credit:lusa",
        // a source label printed without its colon
        "Source Associated Press                                               | original_source:ap",
        "Quelle dpa                                                            | original_source:dpa",
        "Fuente EFE                                                            | original_source:efe",
        // the member paper an agency story draws on, as the agency's state wires print it
        "Information from: The Seattle Times, http://www.seattletimes.com      | original_source:seattletimes",
        // an outlet the registry lacks is known by its link: the site's domain, the name as printed
        "Information from: The Valmere Times, http://www.valmeretimes.example  | original_source:valmeretimes.example",
    })
    void readsTheCreditUnderTheStory(String line, String expected) {
        assertThat(Detection.summary(article().body(LEAD, SECOND, line))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Jane Doe contributed reporting.",
        "Jane's Roe contributed to this report.",
        "Harbour Gazette's Jane Roe contributed to this report.",
        "CNN's reporting on the fire contributed to this report, officials said.",
        "Reporting by Jane Roe; editing by John Doe",
        "Reporting by Jane Roe; additional reporting by John Doe in Rome",
        "The fund grew quickly in 2010, Reuters reported, after Norway contributed.",
        "Officials from Reuters and the council contributed to the fund in 2010 when prices fell.",
        "With files from court documents",
        "Contributing: Jane Doe, a former AP reporter",
        "Contributing: Jane Doe and John Roe",
        "Nach Informationen von Reuters hat die Regierung den Plan gestoppt.",
        "Das Zitat stammt im Original aus einem Interview.",
        "Im Original heißt es, der Vertrag sei ungültig.",
        "Der Text ist im Original auf Englisch erschienen.",
        "Dieser Artikel erschien im Original im Juni.",
        "Das Original erschien in englischer Sprache.",
        "El artículo apareció en la prensa local.",
        "Tutti i diritti riservati © Foto ANSA",
        "This story by Jane Doe was first published on Monday.",
        "Source code",
        "Information from: police records",
        "Source: Harbour Council, https://www.harbour.gov.uk",
        "Information from the police was scarce on Tuesday.",
        "Quelle Tobias Koch",
        "Source Harbour Gazette",
        "Source Reuters/Jane Roe photo",
    })
    void leavesLookAlikesAlone(String line) {
        assertThat(Detection.summary(article().body(LEAD, SECOND, line))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aNewsroomsOwnReporterContributingOnItsOwnSiteIsNoCredit() {
        String line = "CNN's Jane Roe contributed to this report.";
        assertThat(Detection.summary(article().site("cnn.com").body(LEAD, SECOND, line))).isEmpty();
        assertThat(Detection.summary(article().site("harbour-daily.example").body(LEAD, SECOND, line)))
                .containsExactly("wire_credit:cnn");
    }

    @org.junit.jupiter.api.Test
    void readsACopyrightLineRightUnderTheStoryAboveLeftoverPageFurniture() {
        var page = article().body(LEAD, SECOND, "© 2024 AAP", "Share", "Email", "Print", "Normal font", "Large font",
                "Send us your tips", "SPONSORED LINKS");
        assertThat(Detection.summary(page)).containsExactly("wire_credit:aap");
        // the same line between two paragraphs of the story captions a picture
        var caption = article().body(LEAD, "© 2024 AAP", SECOND, SECOND, LEAD, SECOND, LEAD, SECOND, "Share", "Email",
                "Print", "Normal font", "Large font", "SPONSORED LINKS");
        assertThat(Detection.summary(caption)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aViaLineBetweenTwoParagraphsCaptionsAPictureButUnderTheStoryCreditsIt() {
        String third = "Residents who attended the meeting said they hoped the new plan would fix the potholes on "
                + "the main road before the winter, when the buses stop running on the hill.";
        var caption = article().body(LEAD, "via Harbour Comics", SECOND, third, LEAD, SECOND, third, LEAD, SECOND, third);
        assertThat(Detection.summary(caption)).isEmpty();
        var credit = article().body(LEAD, SECOND, third, LEAD, SECOND, third, LEAD, SECOND, third, "via Harbour Notes");
        assertThat(Detection.summary(credit)).containsExactly("via:Harbour Notes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Redazione ANSA                         # wire_credit:ansa",
        "Redacción EFE                          # wire_credit:efe",
        "Redaktion dpa                          # wire_credit:dpa",
        "Rédaction AFP                          # wire_credit:afp",
        "By Marc Doe WASHINGTON POST            # wire_credit:washingtonpost",
        "By Jane Roe The Washington Post        # wire_credit:washingtonpost",
        "By Tom Doyle | Goal.example            # wire_credit:goal.example",
        "By Tom Doyle, valmeretimes.example     # wire_credit:valmeretimes.example",
    })
    void readsTheDeskOrSiteInTheByline(String byline, String expected) {
        assertThat(Detection.summary(article().byline(byline).body(LEAD, SECOND))).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void readsADeskPrintedOnTheLineUnderTheByline() {
        var found = Detection.detect(article().body("By JANE ROE", "The Washington Post", LEAD, SECOND));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(Detection.summary(a)).isEqualTo("wire_credit:washingtonpost");
            assertThat(a.evidence().text()).startsWith("By JANE ROE").endsWith("The Washington Post");
        });
        assertThat(Detection.summary(article().body("By JANE ROE", "Reuters Institute", LEAD, SECOND))).isEmpty();
        assertThat(Detection.summary(article().site("washingtonpost.com")
                .body("By JANE ROE", "The Washington Post", LEAD, SECOND))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Redaktion", "Redazione Harbour Giornale", "Redacción",
        "By Jane Roe New York Times bestselling author", "By Jane Roe | example-news.com",
        "harbourdaily.example | Jane Roe", "By Jane Roe, Special to The Washington Post"})
    void aBylineWithoutAnotherDeskIsNoCredit(String byline) {
        assertThat(Detection.summary(article().byline(byline).body(LEAD, SECOND))).isEmpty();
    }
}
