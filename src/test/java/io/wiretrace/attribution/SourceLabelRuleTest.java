package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceLabelRuleTest {

    private static final String BODY = "Farmers in the valley expect a smaller harvest this year after a dry spring and a "
            + "late frost damaged many orchards, the regional association said.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Original Source: www.france24.com             | france24",
        "Source: PTI                                   | pti",
        "Sources: AFP, Reuters                         | reuters",
        "Fuente: EFE                                   | efe",
        "Fuente: Europa Press                          | europa-press",
        "Fonte: Agência Brasil                         | agencia-brasil",
        "Fonte: Lusa                                   | lusa",
        "Quelle: dpa                                   | dpa",
        "(Quelle: SWR)                                 | swr",
        "Quelle: APA                                   | apa",
        "Źródło: PAP                                   | pap",
        "Kilde: Ritzau                                 | ritzau",
        "Bron: ANP                                     | anp",
        "Fonte: ANSA                                   | ansa",
        "Source : AFP                                  | afp",
        "Source: localnewsdaily.org                    | localnewsdaily.org",
        "Source: Harbour Gazette                       | Harbour Gazette",
        "12/03/2024 - 10:15 - Fonte: Agência Brasil - Foto: Jane Doe | agencia-brasil",
        "Updated: 10 March 2024 • Source: IANS          | ians",
        "News Source: Harbour Gazette - sub. req.      | Harbour Gazette",
        "Story source: Reuters                         | reuters",
    })
    void readsSourceLabelsInFooterLines(String line, String target) {
        assertThat(Detection.summary(article().body(BODY, "A second paragraph of the story.", line)))
                .contains("original_source:" + target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The minister said the talks would continue. Original Source: www.france24.com | france24",
        "Talks resume on Monday, officials said. Source: AFP.                           | afp",
        "Die Gespräche gehen am Montag weiter. Quelle: dpa                              | dpa",
        "The harbour reopens on Friday. Source: harbourgazette.example                  | harbourgazette.example",
    })
    void readsALabelThatClosesTheLastParagraph(String paragraph, String target) {
        assertThat(Detection.summary(article().body(BODY, paragraph))).contains("original_source:" + target);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Prices rose by four percent. Source: a survey of 2,000 adults by the institute.",
        "Prices rose by four percent. Source: Zillow",
        "The source: a person familiar with the talks, who asked not to be named.",
        "Officials said talks would continue. Source: Bureau of Labor Statistics",
    })
    void readsNoClosingLabelThatNamesNoOutlet(String paragraph) {
        assertThat(Detection.summary(article().body(BODY, paragraph))).isEmpty();
    }

    @Test
    void readsSourceLabelsInTheHeaderToo() {
        assertThat(Detection.summary(article().body("Quelle: KNA", BODY))).containsExactly("original_source:kna");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Source: CDC, State Department of Health",
        "Source: Bureau of Labor Statistics",
        "Bildquelle: dpa",
        "Foto: dpa",
        "Source: Getty Images",
        "Source: company reports",
        "Quelle: Statistisches Bundesamt",
        "Source: Twitter",
    })
    void ignoresDataSourcesAndPhotoSources(String line) {
        assertThat(Detection.summary(article().body(BODY, "A second paragraph of the story.", line))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Quelle: Hanna Berg",
        "Fuente: Ana López",
        "Kaynak: Ayşe Kaya",
        "Source: Mark T. Hollis",
        "Źródło: Piotr Nowak",
        "Fonte: Giulia Ferrante",
    })
    void aSourceLabelNamingAPersonCreditsNoOutlet(String line) {
        assertThat(Detection.summary(article().body(BODY, "A second paragraph of the story.", line))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Source: Anna Valley Times    | Anna Valley Times",
        "Source: Harbour Gazette      | Harbour Gazette",
        "Quelle: Paul Media Group     | Paul Media Group",
        "Source: Hanna                | Hanna",
    })
    void aPublicationWhoseNameOpensWithAGivenNameIsStillCredited(String line, String target) {
        assertThat(Detection.summary(article().body(BODY, "A second paragraph of the story.", line)))
                .contains("original_source:" + target);
    }

    @Test
    void ignoresSourceLinesInTheMiddleOfTheBody() {
        var body = article().body(BODY, "Two.", "Three.", "Four.", "Five.", "Six.", "Source: Harbour Gazette",
                "Eight.", "Nine.", "Ten.", "Eleven.", "Twelve.", "Thirteen.", "Fourteen.");
        assertThat(Detection.summary(body)).isEmpty();
    }

    @Test
    void theSourceLabelOfTheOwnSiteIsASelfReference() {
        assertThat(Detection.summary(article().site("france24.com").body(BODY, "Source: www.france24.com"))).isEmpty();
    }

    @Test
    void aShortBrandOnTheSameSuffixAHyphenAwayIsTheOwnSite() {
        assertThat(Detection.summary(article().site("n-tv.de").body(BODY, "Quelle: ntv.de"))).isEmpty();
        assertThat(Detection.summary(article().site("n-tv.de").body(BODY, "Quelle: ntv.com")))
                .containsExactly("original_source:ntv.com");
    }

    @Test
    void readsASourceLabelInTheByline() {
        assertThat(Detection.summary(article().byline("Updated 4 May | Source: PTI").body(BODY)))
                .contains("original_source:pti");
    }
}
