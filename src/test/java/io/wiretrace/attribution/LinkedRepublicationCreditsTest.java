package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Republication credits whose outlet is a link ("Originally published on &lt;a href=...&gt;Tidewater Gazette&lt;/a&gt;"),
 * in English, French, German, Spanish, Portuguese and Italian, through the real extractor (invented pages, outlet made
 * up): each family yields one credit whose target carries the link's URL, whether the line closes the story's own
 * wrapper or sits right after it.
 */
class LinkedRepublicationCreditsTest {

    private static final String LINK = "https://www.tidewatergazette.example/news/2026/channel-dredging";

    private static List<Attribution> found(String line, boolean insideTheStory) {
        String credit = "<p>" + line.replace("<a>", "<a href=\"" + LINK + "\">") + "</p>";
        String html = "<html><head><title>Channel to be dredged</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Daily\"></head><body><h1>Channel to be dredged</h1>"
                + "<div class=\"text\">" + StructureCreditsTest.STORY + (insideTheStory ? credit + "</div>" : "</div>" + credit)
                + "</body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // English
        "Originally published on <a>Tidewater Gazette</a>. # original_source",
        "This article originally appeared on <a>Tidewater Gazette</a>. # republished_from",
        "Republished with permission from <a>Tidewater Gazette</a>. # republished_from",
        "First published by <a>Tidewater Gazette</a>. # republished_from",
        // French
        "Cet article a été publié initialement sur <a>Tidewater Gazette</a>. # republished_from",
        "Article publié à l'origine sur <a>Tidewater Gazette</a>. # republished_from",
        "Republié avec l’autorisation de <a>Tidewater Gazette</a>. # republished_from",
        "Publié pour la première fois par <a>Tidewater Gazette</a>. # republished_from",
        // German
        "Dieser Artikel erschien zuerst auf <a>Tidewater Gazette</a>. # republished_from",
        "Ursprünglich veröffentlicht auf <a>Tidewater Gazette</a>. # republished_from",
        "Wiederveröffentlichung mit freundlicher Genehmigung von <a>Tidewater Gazette</a>. # republished_from",
        "Zuerst veröffentlicht von <a>Tidewater Gazette</a>. # republished_from",
        // Spanish
        "Publicado originalmente en <a>Tidewater Gazette</a>. # republished_from",
        "Este artículo apareció originalmente en <a>Tidewater Gazette</a>. # republished_from",
        "Reproducido con permiso de <a>Tidewater Gazette</a>. # republished_from",
        "Publicado por primera vez por <a>Tidewater Gazette</a>. # republished_from",
        // Portuguese
        "Este artigo foi publicado originalmente no <a>Tidewater Gazette</a>. # republished_from",
        "Republicado com permissão de <a>Tidewater Gazette</a>. # republished_from",
        "Publicado pela primeira vez por <a>Tidewater Gazette</a>. # republished_from",
        // Italian
        "Questo articolo è apparso originariamente su <a>Tidewater Gazette</a>. # republished_from",
        "Ripubblicato con il permesso di <a>Tidewater Gazette</a>. # republished_from",
        "Pubblicato per la prima volta da <a>Tidewater Gazette</a>. # republished_from",
    })
    void aLinkedCreditNamesTheLinksOutlet(String line, String kind) {
        for (boolean inside : new boolean[] {true, false}) {
            List<Attribution> credits = found(line, inside).stream()
                    .filter(a -> a.kind().name().equalsIgnoreCase(kind)).toList();
            assertThat(credits).as(inside ? "closing the story" : "right after the story").hasSize(1);
            assertThat(credits.get(0).target().url()).isEqualTo(LINK);
            assertThat(credits.get(0).target().domain()).isEqualTo("tidewatergazette.example");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // thanks for a picture, and a bare "with kind permission" that may be one
        "Foto: mit freundlicher Genehmigung von <a>Tidewater Gazette</a>",
        "Mit freundlicher Genehmigung von <a>Tidewater Gazette</a>.",
        "Veröffentlichung mit freundlicher Genehmigung von <a>Tidewater Gazette</a>",
        // a document the story cites, and where the page went
        "The study, first published by <a>Tidewater Gazette</a>, found the same.",
        "Le rapport publié dans <a>Tidewater Gazette</a> le dit aussi.",
        "This story was reprinted on <a>Tidewater Gazette</a>.",
    })
    void lookAlikesCreditNothing(String line) {
        assertThat(found(line, true)).noneMatch(a -> a.kind() == AttributionKind.REPUBLISHED_FROM
                || a.kind() == AttributionKind.ORIGINAL_SOURCE);
    }
}
