package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import io.wiretrace.extract.MarkupSignal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credit lines printed between the headline and the article, outside the body, on invented pages. */
class HeaderLineRuleTest {

    private static final String STORY = "<div class=\"story\"><p>The harbour authority approved a new ferry timetable on "
            + "Tuesday after months of complaints from commuters about late evening crossings on the northern route.</p>"
            + "<p>The changes take effect in March, the authority said, and fares stay the same for the rest of the year "
            + "while the new boats are tested on the route between the two islands.</p><p>Commuters welcomed the "
            + "decision but said the boats were still too small for the morning rush, when queues reach the car park."
            + "</p></div>";

    private static ExtractedArticle page(String header) {
        String html = "<html><head><title>Ferry timetable</title></head><body><div class=\"main\"><h1>New ferry "
                + "timetable approved</h1>" + header + STORY + "</div></body></html>";
        return new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/ferry");
    }

    private static List<String> found(String header) {
        return Detection.DETECTOR.detect(page(header)).stream().map(Detection::summary).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<div class=\"by\">Jane Roe, THE ASSOCIATED PRESS</div>        | wire_credit:ap",
        "<div class=\"by\">Staff and agencies</div><div>Saturday</div> | wire_credit:agencies",
        "<div class=\"by\">Jane Roe, <i>Computerworld</i></div>        | wire_credit:computerworld",
        "<div class=\"date\">QUEENSTOWN, New Zealand (AFP)</div>        | dateline:afp",
    })
    void aCreditLineUnderTheHeadlineIsRead(String header, String expected) {
        assertThat(page(header).bodyText()).doesNotContain("Jane Roe").doesNotContain("QUEENSTOWN");
        assertThat(found(header)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<div class=\"tools\"><a href=\"/rss\">RSS</a></div>",
        "<div class=\"tools\"><a href=\"/more\">Mehr</a></div>",
        "<div class=\"nav\">| World | National News | International News | Politics</div>",
        "<div class=\"section\">Blogs &amp; Opinion</div>",
        "<div class=\"pic\">Commuters queue at the pier. Jane Roe/Reuters</div>",
        "<figure><img src=\"/a.jpg\"><figcaption>Associated Press</figcaption></figure>",
        "<div class=\"photo-credit\">Associated Press</div>",
    })
    void menusButtonsAndPhotoCreditsUnderTheHeadlineCreditNoOne(String header) {
        assertThat(found(header)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void onlyTheLinesBetweenTheHeadlineAndTheArticleAreKept() {
        String html = "<html><body><div>Associated Press</div><div class=\"main\"><h1>New ferry timetable approved</h1>"
                + "<div>Jane Roe, Reuters</div>" + STORY + "<div>Associated Press</div></div></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/ferry");
        assertThat(x.markup()).filteredOn(m -> m.name().equals("header")).extracting(MarkupSignal::value)
                .containsExactly("Jane Roe, Reuters");
    }
}
