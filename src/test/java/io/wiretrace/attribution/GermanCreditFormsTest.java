package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing credit lines as German, Austrian and Swiss sites print them (invented snippets; agencies real): agencies in
 * lower case among editors' marks, agencies named with what they are ("Nachrichtenagentur dpa"), credit sentences
 * closing with their verb, "Verwendete Quellen" lists and dpa's message identifiers. Marks alone, a photo credit and
 * the site's own research credit no one.
 */
class GermanCreditFormsTest {

    private static final String LEAD = "Die Hafenbehörde hat am Dienstag einen neuen Fahrplan für die Fähren beschlossen, "
            + "nachdem Pendler monatelang über späte Abfahrten geklagt hatten.";
    private static final String SECOND = "Die Änderungen gelten ab März, die Preise bleiben für den Rest des Jahres gleich, "
            + "während die neuen Boote auf der Nordroute getestet werden.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "(afp/dpa/bb) # wire_credit:dpa",
        "(afp/dpa/bb) # wire_credit:afp",
        "(sda/muei) # wire_credit:sda",
        "sda/muei # wire_credit:sda",
        "(red/APA) # wire_credit:apa",
        "Verwendete Quellen: Nachrichtenagentur dpa # original_source:dpa",
        "Verwendete Quellen: Nachrichtenagenturen dpa und AFP # original_source:afp",
        "Quellen: Nachrichtenagenturen dpa und AFP # original_source:dpa",
        "Mit Informationen der Nachrichtenagenturen dpa und AFP # wire_credit:dpa",
        "Mit Agenturmaterial von dpa und AFP # wire_credit:dpa",
        "Dieser Text wurde mit Material der Nachrichtenagentur dpa erstellt. # wire_credit:dpa",
        "Dieser Artikel basiert auf Material der Nachrichtenagentur dpa. # wire_credit:dpa",
        "Dieser Artikel wurde mit Material der Deutschen Presse-Agentur erstellt. # wire_credit:dpa",
        "dpa-infocom, dpa:240104-99-123456/2 # wire_credit:dpa",
        "dpa:240104-930-123456/2 # wire_credit:dpa",
    })
    void aClosingCreditIsRead(String line, String expected) {
        assertThat(Detection.summary(page(line))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "(red/bb)",
        "jl/mue",
        "Foto: dpa",
        "Verwendete Quellen: eigene Recherche",
        "Dieser Text wurde mit Material der Redaktion erstellt.",
        "Ticket: 240104-99-123456/2",
    })
    void aLookAlikeCreditsNoOne(String line) {
        assertThat(Detection.summary(page(line))).isEmpty();
    }

    /** Byline lines above the story and in the page's byline: labelled, lower case, desk words glued to the agency. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "head # dpa # wire_credit:dpa",
        "head # epd # wire_credit:epd",
        "head # dpa/AFP # wire_credit:afp",
        "head # Autor: dpa # wire_credit:dpa",
        "head # Artikel von: dpa # wire_credit:dpa",
        "head # Autor: Hanna Berg, dpa # wire_credit:dpa",
        "head # Hanna Berg und Tom See, dpa # wire_credit:dpa",
        "head # Von dpa-Korrespondentin Hanna Berg # wire_credit:dpa",
        "head # Hanna Berg, dpa-Korrespondentin # wire_credit:dpa",
        "byline # dpa-Korrespondentin Hanna Berg # wire_credit:dpa",
        "byline # Artikel von: dpa # wire_credit:dpa",
    })
    void aBylineLineIsRead(String where, String line, String expected) {
        Articles page = article().site("hafenblatt.de").siteName("Hafenblatt").language("de");
        page = where.equals("byline") ? page.byline(line).body(LEAD, SECOND) : page.body(line, LEAD + " " + SECOND, SECOND);
        assertThat(Detection.summary(page)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dpa-Fotograf Hanna Berg", "© dpa", "Autor: Hanna Berg", "Mehr", "Hanna Berg, Hafenblatt-Korrespondentin"})
    void aBylineLookAlikeCreditsNoOne(String line) {
        Articles page = article().site("hafenblatt.de").siteName("Hafenblatt").language("de")
                .body(line, LEAD + " " + SECOND, SECOND);
        assertThat(Detection.summary(page)).isEmpty();
    }

    private static Articles page(String line) {
        return article().site("hafenblatt.de").siteName("Hafenblatt").language("de").body(LEAD, SECOND, line);
    }
}
