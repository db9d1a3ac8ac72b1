package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credits printed between the headline and the story, outside the extracted body (invented pages through the real
 * extractor): bylines naming an agency or an outlet, unnamed agencies, datelines alone on a line, with the traps of
 * picture credits and lone agency words.
 */
class HeaderLineCreditsTest {

    private static List<String> found(String header) {
        String html = "<html><head><title>Channel to be dredged</title></head><body>"
                + "<div class=\"top\"><h1>Channel to be dredged</h1>" + header + "</div>"
                + "<div class=\"story\">" + StructureCreditsTest.STORY + "</div></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x).stream()
                .map(a -> a.kind().wireName() + ":" + (a.target().key() != null ? a.target().key() : a.target().name()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "<div>Mara Quill, THE ASSOCIATED PRESS</div>;wire_credit:ap",
        "<p class=\"meta\"><b>Tomas Erland, <i>Reuters</i></b></p>;wire_credit:reuters",
        "<div>By Ilse Varga | Agence France-Presse</div>;wire_credit:afp",
        "<div><b>Staff and agencies<br>Saturday March 3, 2018</b></div>;wire_credit:agencies",
        "<span>By Agencies</span>;wire_credit:agencies",
        "<div>12-03-2018, 10h31</div><div>PORT ELLEN, Valmere (AFP)</div>;dateline:afp",
        "<div><a href=\"/wire/ap\">Associated Press</a></div>;wire_credit:ap",
        // a provider line above the story, as aggregators print it
        "<p class=\"provided\">Provided by <a href=\"https://apnews.com/\">The Associated Press</a></p>;wire_credit:ap",
        "<div>Content supplied by AFP</div>;wire_credit:afp",
        // an author box whose spans the style sheet lays out apart: "Jane Roe" and "AFP correspondent", not "RoeAFP"
        "<div class=\"author-box\"><span class=\"name\">Mara Quill</span><span class=\"role\">AFP correspondent</span></div>;wire_credit:afp",
        // a byline box whose parts are marked too: read whole, not its first part
        "<div class=\"byline\"><span class=\"byline-author\">Mara Quill</span> <span class=\"byline-agency\">EFE</span></div>;wire_credit:efe",
        // an agency's logo in the byline: a reader sees its name
        "<div class=\"byline\"><img src=\"/logos/reuters.png\" alt=\"Reuters\"> Mara Quill</div>;wire_credit:reuters",
        "<div class=\"byline\">Mara Quill <img src=\"/static/afp.svg\" alt=\"AFP logo\"></div>;wire_credit:afp",
    })
    void creditLinesAboveTheStory(String header, String expected) {
        assertThat(found(header)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a picture's caption and credit beside its image
        "<div><img src=\"/img/channel.jpg\" width=\"600\"><p>Mara Quill, Reuters</p></div>",
        "<img src=\"/img/channel.jpg\"><div>THE ASSOCIATED PRESS</div>",
        // one agency word alone may credit a picture the extractor cannot see
        "<div>REUTERS</div>",
        "<div>(AFP)</div>",
        // a person and a place, not an outlet
        "<div>Mara Quill, Port Ellen</div>",
        "<div>Print this article | Share</div>",
        "<div>Weather data provided by Valmere Met Office</div>",
        "<div>Provided by Valmere Times</div>",
        // images in a byline that are no agency's logo: an avatar, an icon, a photo credit's picture
        "<div class=\"byline\"><img src=\"/avatars/mq.jpg\" alt=\"Reuters\"> Mara Quill</div>",
        "<div class=\"byline\"><img src=\"/logos/reuters.png\" alt=\"Photo: Reuters logo\"> Mara Quill</div>",
        "<div class=\"byline\"><img src=\"/logos/mq.png\" alt=\"Mara Quill\"> Mara Quill</div>",
    })
    void otherLinesCreditNothing(String header) {
        assertThat(found(header)).isEmpty();
    }

    @Test
    void noHeadlineOnThePageMeansNoHeaderZone() {
        String html = "<html><head><title>Channel to be dredged</title></head><body><div>Mara Quill, THE ASSOCIATED PRESS"
                + "</div><div class=\"story\">" + StructureCreditsTest.STORY + "</div></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        assertThat(x.markup()).noneMatch(m -> m.name().equals(HeaderLineRule.SIGNAL));
    }
}
