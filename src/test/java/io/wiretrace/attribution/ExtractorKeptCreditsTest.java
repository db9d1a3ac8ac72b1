package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credits the extractor used to drop, on invented pages run through the real extractor: a credit whose name is a linked
 * logo ("Republished from" + an image link), a copyright cell kept in the story's own container after its last
 * paragraph (story tools), and a page whose title tag is never closed. Each with the traps it must not catch.
 */
class ExtractorKeptCreditsTest {

    private static final String STORY = StructureCreditsTest.STORY;

    private static List<String> found(String html) {
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }

    private static String page(String inArticle) {
        return "<html><head><title>Channel to be dredged</title></head><body><article><h1>Channel to be dredged</h1>"
                + inArticle + "</article></body></html>";
    }

    @Test
    void aRepublicationNoticeWhoseNameIsALinkedLogo() {
        String box = "<div class=\"repub\"><span>Republished from</span> <a href=\"https://www.valmeretimes.example/\">"
                + "<img src=\"/img/logos/vt.png\"></a></div>";
        assertThat(found(page(box + STORY))).contains("republished_from:valmeretimes.example");
    }

    @Test
    void aLogoWithAltTextNamesThePartner() {
        String box = "<p>Article from: <a href=\"https://partner.example/paper/\"><img alt=\"The Valmere Courier\" "
                + "src=\"/logos/vc.gif\"></a></p>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(page(STORY + box), "https://harbourdaily.example/n/1");
        assertThat(x.bodyText()).contains("Article from: The Valmere Courier");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // an image link that follows no credit phrase: a share button, a gallery thumbnail
        "<p>Share this story <a href=\"https://social.example/share\"><img alt=\"Reuters\" src=\"/s.png\"></a></p>",
        "<p>More pictures: <a href=\"https://www.reuters.com/pictures\"><img alt=\"Reuters\" src=\"/g.png\"></a></p>",
        // a photo credit's logo stays a photo credit
        "<p>Photo: <a href=\"https://www.reuters.com/\"><img alt=\"Reuters\" src=\"/r.png\"></a></p>",
    })
    void imageLinksThatAreNotCreditsStayWithoutText(String line) {
        assertThat(found(page(STORY + line))).isEmpty();
    }

    @Test
    void aCopyrightCellInTheStoryToolsUnderTheLastParagraph() {
        String tools = "<table><tr><td><ul><li><a href=\"/more\">More Articles</a></li><li><a href=\"/print\">Print</a>"
                + "</li></ul></td><td>&copy; Reuters</td></tr></table>";
        String html = "<html><head><title>Channel</title></head><body><table><tr><td class=\"story\">"
                + STORY.replace("<p>", "").replace("</p>", "<p>") + tools + "</td></tr></table></body></html>";
        assertThat(found(html)).contains("wire_credit:reuters");
    }

    @Test
    void aPhotoCopyrightAboveTheStoryIsNotReadAsTheTextsOwner() {
        String html = "<html><head><title>Channel</title></head><body><table><tr><td class=\"story\">"
                + "<table><tr><td><img src=\"/p.jpg\"></td></tr><tr><td>&copy; Reuters</td></tr></table>"
                + STORY.replace("<p>", "").replace("</p>", "<p>") + "</td></tr></table></body></html>";
        assertThat(found(html)).isEmpty();
    }

    @Test
    void aPageWithAnUnclosedTitleGivesItsCredits() {
        String html = "<html><head>\n<title>Channel to be dredged - Harb(OAS_version >= 11)\n</head><body>"
                + "<div class=\"story\"><h1>Channel to be dredged</h1><p>By JANE ROE</p><p>The Associated Press</p>"
                + STORY + "</div><p>Copyright 2008 Associated Press. All rights reserved.</p></body></html>";
        assertThat(found(html)).contains("wire_credit:ap");
    }

    @Test
    void aSourceLabelLinkingAPublicBodysSiteNamesADataSource() {
        String byline = "<p class=\"byline\">By Jane Roe</p>";
        assertThat(found(page(byline + STORY + "<p>Source: <a href=\"https://www.nasa.gov/missions/glast/fog\">NASA</a>"
                + "</p>"))).isEmpty();
        assertThat(found(page(byline + STORY + "<p>Source: <a href=\"https://www.valmeretimes.example/news/fog\">Valmere Times"
                + "</a></p>"))).contains("original_source:valmeretimes.example");
    }
}
