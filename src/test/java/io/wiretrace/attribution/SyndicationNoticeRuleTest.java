package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyndicationNoticeRuleTest {

    private static final String BODY = "Shares in the carmaker fell sharply after it cut its annual sales forecast, "
            + "blaming weaker demand in its two largest markets.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.) | syndicated feed",
        "(This story has not been edited by Example News staff and is auto-generated from a syndicated feed.) | syndicated feed",
        "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed. | syndicated feed",
        "Disclaimer: This article is auto-generated from a syndicated feed of PTI. | PTI",
        "This article is syndicated from Harbour Notes.                           | syndicated feed",
        "Cet article a été publié automatiquement. Sources : ats / afp             | Keystone-SDA",
        "Esta noticia fue publicada automáticamente a partir de un despacho de EFE. | EFE",
        "Este conteúdo foi publicado automaticamente a partir de um texto da Lusa.  | Lusa",
        "Diese Meldung wurde automatisch aus dem dpa-Newskanal übernommen.         | dpa",
        "Questo articolo è stato pubblicato automaticamente da ANSA.               | ANSA",
        "This story is sourced direct from an overseas news agency as an additional service to readers. | syndicated feed",
        // the notices of sites that run agency copy unedited, in more words and languages
        "Harbour Daily hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen. | dpa",
        "Harbour Daily hat diese Meldung redaktionell nicht bearbeitet.           | syndicated feed",
        "Die Meldung wurde automatisch von Reuters übernommen.                     | Reuters",
        "Dieser Text stammt aus dem dpa-Newskanal.                                 | dpa",
        "Dit artikel is automatisch overgenomen van het ANP.                       | ANP",
        "Artykuł został automatycznie opublikowany z serwisu PAP.                  | PAP",
        "This story was automatically published from the AP feed.                  | AP",
        "This article was generated from an automated Reuters news feed.           | Reuters",
        "This story was published from the Bloomberg wire service and has not been edited by Harbour Daily staff. | Bloomberg",
    })
    void readsFeedDisclaimers(String notice, String targetName) {
        var found = Detection.detect(article().body(BODY, "Second paragraph.", notice));
        assertThat(found).filteredOn(a -> a.kind() == AttributionKind.SYNDICATED_FEED_DISCLAIMER)
                .singleElement()
                .satisfies(a -> assertThat(a.target().name()).isEqualTo(targetName));
    }

    @Test
    void theStaffNamedIsThePublisherNotTheSource() {
        var found = Detection.detect(article().site("ndtv.com").body(BODY,
                "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.target().key()).isNull();
            assertThat(a.target().name()).isEqualTo(Targets.UNNAMED_FEED);
            assertThat(a.evidence().text()).startsWith("(Except for the headline").endsWith("syndicated feed.)");
        });
    }

    @Test
    void readsProvidedByLines() {
        assertThat(Detection.summary(article().site("msn.com").body("© Provided by The Guardian", BODY)))
                .containsExactly("syndicated_feed_disclaimer:theguardian");
        assertThat(Detection.summary(article().site("harbourdaily.com")
                .body(BODY, "This story was produced by the Associated Press."))).containsExactly("wire_credit:ap");
        // a bare "Produced by" credits a video or a podcast as often as the text
        assertThat(Detection.summary(article().site("harbourdaily.com").body(BODY, "Produced by Reuters."))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Its syndicated feed is valid Atom and works in every reader.",
        "The data was taken from the Twitter feed of the ministry.",
        "Sponsored content provided by our advertisers and partners of the site.",
        "Market data provided by a third-party vendor.",
        "This story is syndicated by Harbour Media Group to its partner sites.",
        "The figures were taken from the agency's annual report.",
        // the named forms count only with an agency named
        "Fans posted from the Harbour Arena feed during the match.",
        "The data was taken from the Harbour Ports wire service archive, the board said.",
        "Der Vorschlag wurde unverändert aus dem Entwurf übernommen.",
        "Wie die Deutsche Presse-Agentur erfuhr, wurde der Plan automatisch von der Behörde übernommen.",
    })
    void ignoresLookAlikes(String line) {
        assertThat(Detection.summary(article().body(BODY, line, "Closing paragraph."))).isEmpty();
    }
}
