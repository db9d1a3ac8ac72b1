package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credits in the few lines right after the story, outside the extracted body: a source block in a sibling div or a
 * table cell after the last paragraph (invented pages through the real extractor). Only strict forms naming a wire
 * agency or unnamed agencies count, with less trust; related stories, tags, captions, comments, other sources and
 * lines further down credit nothing.
 */
class TailLineCreditsTest {

    private static final String LINK_ROW = "<tr><td><a href=\"/m\">More harbour news</a></td></tr>";

    /** A page with a heading headline, the story in a div and {@code tail} right after it. */
    private static List<Attribution> tailed(String tail) {
        String html = "<html><head><title>Channel to be dredged</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Daily\"></head><body><h1>Channel to be dredged</h1>"
                + "<div class=\"text\">" + StructureCreditsTest.STORY + "</div>" + tail + "</body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x);
    }

    /** The credits read from the lines after the story (other rules read the page's other parts). */
    private static List<String> summary(List<Attribution> found) {
        return found.stream().filter(a -> TailLineRule.ID.equals(a.rule())).map(Detection::summary).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "<div>Source: AFP</div>;wire_credit:afp",
        "<div>Staff and agencies</div>;wire_credit:agencies",
        "<div><em>Agencies contributed to this report.</em></div>;wire_credit:agencies",
        // a table layout: the credit in the row after the story's cell
        "<table><tr><td>Copy editing: Lena Vos</td></tr><tr><td>Staff and agencies</td></tr></table>;wire_credit:agencies",
        "<div>The Associated Press</div>;wire_credit:ap",
        // a story tool line first, the credit in the next block
        "<div class=\"tools\"><a href=\"/print\">Print</a> <a href=\"/mail\">Email</a></div><p>Source: AFP</p>"
                + ";wire_credit:afp",
        // the labels of every language the source labels list holds, not a list of the rule's own
        "<div>Źródło: PAP</div>;wire_credit:pap",
        "<div>Источник: ТАСС</div>;wire_credit:tass",
        "<div>Forrás: MTI</div>;wire_credit:mti",
        "<div>Zdroj: ČTK</div>;wire_credit:ctk",
        // the story written with an agency's copy, and a writer's label naming the agency
        "<div>Avec AFP</div>;wire_credit:afp",
        "<div>With Reuters</div>;wire_credit:reuters",
        // the credit under a label, and an agency's logo alone in a box of its own
        "<div>Story: AFP</div>;wire_credit:afp",
        "<div class=\"source\"><img src=\"/img/logos/ap-logo.png\" alt=\"AP\"></div>;wire_credit:ap",
        "<div><a href=\"https://www.reuters.com/\"><img src=\"/l/reuters.svg\" alt=\"Reuters logo\"></a></div>"
                + ";wire_credit:reuters",
        // a loose inline line in the container that holds the story's box too, as old templates print the credit
        "<small>Associated Press</small>;wire_credit:ap",
        "<font size=\"1\"><b>The Associated Press</b></font>;wire_credit:ap",
        "<i>Staff and agencies</i>;wire_credit:agencies",
        // rows of story tools (all links, bars between them) before the credit: they do not count among the lines
        "<table><tr><td><a href=\"/e\">E-mail</a></td></tr><tr><td><a href=\"/p\">Print</a> | <a href=\"/s\">Share</a></td></tr>"
                + "<tr><td><a href=\"/c\">Comments (0)</a></td></tr><tr><td>Font size: <a href=\"/f\">A</a></td></tr>"
                + "<tr><td>The Associated Press</td></tr></table>;wire_credit:ap",
    })
    void agencyCreditsRightAfterTheStory(String tail, String expected) {
        List<Attribution> found = tailed(tail).stream().filter(a -> TailLineRule.ID.equals(a.rule())).toList();
        assertThat(summary(found)).containsExactly(expected.split("\\|"));
        assertThat(found).allSatisfy(a -> assertThat(a.confidence()).isLessThan(0.75));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // related stories and tags: links
        "<ul class=\"related\"><li><a href=\"/a\">Reuters poll: harbour fees to rise</a></li>"
                + "<li><a href=\"/b\">Staff and agencies</a></li></ul>",
        "<div class=\"tags\"><a href=\"/t/afp\">Source: AFP</a></div>",
        "<div class=\"tags\">Tags: <a href=\"/t/reuters\">Reuters</a>, <a href=\"/t/afp\">AFP</a></div>",
        // a picture's caption after the story
        "<figure><img src=\"/p.jpg\"><figcaption>Source: AFP</figcaption></figure>",
        "<div class=\"photo\"><img src=\"/p.jpg\"></div><div>The Associated Press</div>",
        // a comment section
        "<div id=\"comments\"><p>— Reuters</p></div>",
        // further down than the story's tail
        "<p>Print this article</p><p>Share it</p><p>More from the harbour</p><p>Source: AFP</p>",
        // one agency word alone, and sources that are no agency
        "<div>Reuters</div>",
        "<div>Source: Valmere Port Authority</div>",
        "<div>— Mara Quill</div>",
        "<div>Mara Quill contributed to this report.</div>",
        "<div>With Valmere Times</div>",
        "<div>With thanks to the harbour office</div>",
        "<div>Sources: AFP, Valmere Port Authority</div>",
        "<div>(Valmere Times with AFP)</div>",
        "<footer><p>Source: AFP</p></footer>",
        // a label of the list naming no agency
        "<div>Źródło: Valmere Port Authority</div>",
        "<div>Forrás: saját</div>",
        // a label naming a writer; logos of the site, a newsroom, a sponsor; a picture that says nothing of a logo
        "<div>Story: Mara Quill</div>",
        "<div><img src=\"/img/logo.png\" alt=\"Harbour Media Corporation\"></div>",
        "<div><img src=\"/img/logos/vt-logo.png\" alt=\"Valmere Times\"></div>",
        "<div><img src=\"/img/sponsor-logo.png\" alt=\"Harbour Bank\"></div>",
        "<div><img src=\"/photos/ferry.jpg\" alt=\"AP\"></div>",
        "<div><img src=\"/img/logos/ap-logo.png\" alt=\"AP\"> <img src=\"/img/logos/afp-logo.png\" alt=\"AFP\"></div>",
        // loose inline lines: a picture's credit, links, another story's headline, a photo credit
        "<img src=\"/p.jpg\" width=\"300\"><small>The Associated Press</small>",
        "<span><a href=\"/reuters\">Reuters</a> | <a href=\"/ap\">Associated Press</a></span>",
        "<small>Reuters poll: harbour fees to rise</small>",
        "<small>AP Photo/Mara Quill</small>",
        "<small>Reuters</small>",
        "<small>Copyright 2008 Harbour Daily</small>",
        // a link inside an inline element is part of its line, not a line of its own (the copyright rule reads it)
        "<div><p><i>Copyright 2008 Courtesy of <a href=\"https://apnews.com\">The Associated Press</a>.</i></p></div>",
        // further down than the story's tail, as loose lines
        "<b>Print</b><br><b>Share</b><br><b>More from the harbour</b><br><small>Source: AFP</small>",
        // more rows of links than story tools hold: a list of links, and what follows it is the page's
        "<table>" + LINK_ROW + LINK_ROW + LINK_ROW + LINK_ROW + LINK_ROW + LINK_ROW + LINK_ROW + LINK_ROW
                + "<tr><td>The Associated Press</td></tr></table>",
    })
    void lookAlikesCreditNothing(String tail) {
        assertThat(summary(tailed(tail))).isEmpty();
    }

    /** A page with {@code header} between its heading headline and the story. */
    private static List<Attribution> headed(String header) {
        String html = "<html><head><title>Channel to be dredged</title></head><body><h1>Channel to be dredged</h1>" + header
                + "<div class=\"text\">" + StructureCreditsTest.STORY + "</div></body></html>";
        return Detection.DETECTOR.detect(new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/d"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // an agency's logo alone in its box between the headline and the story, linked or not, a byline under it
        "<div class=\"source\"><img src=\"/img/logos/ap-logo.png\" alt=\"AP\"></div>;wire_credit:ap",
        "<p><a href=\"/wire\"><img src=\"/img/reuters_logo.gif\" alt=\"Reuters\"></a></p><p>January 8, 2008</p>;wire_credit:reuters",
        // look-alikes: the site's logo, a picture, partners' logos, a logo beside a link, one far above the story
        "<div><img src=\"/img/logos/hd-logo.png\" alt=\"Harbour Daily\"></div>;",
        "<div><img src=\"/photos/ap_dredger.jpg\" width=\"400\" alt=\"AP\"></div>;",
        "<div><img src=\"/logos/ap.gif\" alt=\"AP logo\"><img src=\"/logos/afp.gif\" alt=\"AFP logo\"></div>;",
        "<div><img src=\"/logos/ap.gif\" alt=\"AP logo\"> <a href=\"/ap\">More AP headlines</a></div>;",
        "<div><img src=\"/logos/afp.gif\" alt=\"AFP logo\"></div><div>Harbour Daily staff<br>January 8, 2008<br>"
                + "Updated 7:04 p.m.<br><a href=\"/e\">E-mail</a></div>;",
    })
    void aLogoAloneOverTheStory(String header, String expected) {
        List<String> found = headed(header).stream().filter(a -> TailLineRule.ID.equals(a.rule())).map(Detection::summary)
                .toList();
        assertThat(found).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }
}
