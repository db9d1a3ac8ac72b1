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
 * Credits in the lines right before the story on pages whose headline is no heading (a table layout's title cell, a
 * styled div), outside the extracted body: a byline cell, a source line beside the byline, a dateline cell (invented
 * pages through the real extractor). Only credits to agencies are read there, and with less trust; menus, teasers,
 * captions and an outlet after a writer's name credit nothing.
 */
class FrameLineCreditsTest {

    /** A page whose headline is a styled div, the lines {@code frame} between it and the story. */
    private static List<Attribution> framed(String frame) {
        return detect("<div class=\"hed\">Channel to be dredged</div>" + frame
                + "<div class=\"text\">" + StructureCreditsTest.STORY + "</div>");
    }

    private static List<Attribution> detect(String body) {
        String html = "<html><head><title>Channel to be dredged</title></head><body>" + body + "</body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x);
    }

    private static List<String> summary(List<Attribution> found) {
        return found.stream()
                .map(a -> a.kind().wireName() + ":" + (a.target().key() != null ? a.target().key() : a.target().name()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // a source line in a block of its own beside the byline block
        "<div class=\"date\">March 3, 2018</div><div class=\"by\">By Mara Quill</div><div class=\"src\">The Associated"
                + " Press</div>;wire_credit:ap",
        "<div>By Agencies</div>;wire_credit:agencies",
        "<p><b>Staff and agencies<br>Saturday March 3, 2018</b></p>;wire_credit:agencies",
        "<div>PORT ELLEN, Valmere (AFP)</div>;dateline:afp",
    })
    void agencyCreditsRightBeforeTheStory(String frame, String expected) {
        List<Attribution> found = framed(frame);
        assertThat(summary(found)).contains(expected);
        assertThat(found).allSatisfy(a -> assertThat(a.confidence()).isLessThan(0.75));
    }

    @Test
    void aBylineCellInATableLayout() {
        String page = "<table><tr><td><span>Global</span></td></tr>"
                + "<tr><td><span class=\"small\">By Agencies</span></td></tr>"
                + "<tr><td><font size=\"3\"><b>Channel to be dredged</b></font>" + StructureCreditsTest.STORY
                + "</td></tr></table>";
        assertThat(summary(detect(page))).containsExactly("wire_credit:agencies");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // an outlet after the writer's name may be the writer's other paper: only agencies are read here
        "<div>By Mara Quill</div><div>The Guardian</div>",
        "<div>Mara Quill, The Guardian</div>",
        // other stories' teasers and menus are lists of links
        "<ul><li><a href=\"/a\">PORT ELLEN, Valmere (AFP)</a></li><li><a href=\"/b\">Agence France-Presse</a></li></ul>",
        "<div><a href=\"/wire\">Associated Press</a> | <a href=\"/world\">World</a></div>",
        // a picture's caption or credit
        "<div><img src=\"/img/channel.jpg\" width=\"600\"></div><div>THE ASSOCIATED PRESS</div>",
        "<img src=\"/img/channel.jpg\" width=\"600\"><br><span>Staff and agencies</span>",
        // too far above the story
        "<div>By Agencies</div><div>March 3, 2018</div><div>Print | Email</div><div>Text size</div>",
    })
    void otherLinesCreditNothing(String frame) {
        assertThat(framed(frame)).isEmpty();
    }
}
