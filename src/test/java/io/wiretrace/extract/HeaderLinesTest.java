package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeaderLinesTest {

    private static final String BODY = "The harbour board approved the dredging plan on Monday after a long debate.\n\n"
            + "Work starts in spring.";

    private static List<String> lines(String html, String title) {
        Document doc = Jsoup.parse(html);
        return HeaderLines.between(doc.getAllElements(), title, BODY).stream().map(MarkupSignal::value).toList();
    }

    @Test
    void linesBetweenTheHeadlineAndTheFirstLineBreakAtBlocksAndBreaks() {
        String html = "<body><p>Menu</p><h1>Channel to be dredged</h1><div><b>Mara Quill<br>Harbour Wire</b></div>"
                + "<div>March 3, <span>2018</span></div><p>The harbour board approved the dredging plan on Monday after a"
                + " long debate.</p><p>Work starts in spring.</p><p>© Harbour Daily</p></body>";
        assertThat(lines(html, "Channel to be dredged")).containsExactly("Mara Quill", "Harbour Wire", "March 3, 2018");
    }

    @Test
    void scriptsFiguresAndLinesBesideAnImageAreLeftOut() {
        String html = "<body><h1>Channel to be dredged</h1><script>var x = 1;</script>"
                + "<div><img src=\"spacer.gif\" width=\"1\"><span>By Mara Quill</span></div>"
                + "<figure><img src=\"a.jpg\"><figcaption>Photo: Harbour Wire</figcaption></figure>"
                + "<div><img src=\"b.jpg\" width=\"400\"><span>Quays at dawn</span></div>"
                + "<div>Harbour Wire</div>"
                + "<p>The harbour board approved the dredging plan on Monday after a long debate.</p></body>";
        assertThat(lines(html, "Channel to be dredged")).containsExactly("By Mara Quill");
    }

    @Test
    void withoutTheHeadlineOnlyTheLastLinesBeforeTheStoryAreKeptAsFrameLinesAndNoneWhenTheStoryDoesNotFollowIt() {
        String page = "<body><div>Menu</div><div>World</div><div>By Mara Quill</div><div><a href=\"/w\">Wire</a></div>"
                + "<div>March 3, 2018</div>" + STORY + "</body>";
        assertThat(HeaderLines.between(Jsoup.parse(page).getAllElements(), "Channel to be dredged", BODY))
                .extracting(MarkupSignal::name, MarkupSignal::value)
                .containsExactly(tuple(HeaderLines.FRAME, "By Mara Quill"), tuple(HeaderLines.FRAME, "March 3, 2018"));
        assertThat(lines("<body>" + STORY + "<h1>Channel to be dredged</h1><div>By Mara Quill</div></body>",
                "Channel to be dredged")).isEmpty();
    }

    /** Three paragraphs: a box holding them is an article's, not a caption's. */
    private static final String STORY = "<p>The harbour board approved the dredging plan on Monday after a long debate.</p>"
            + "<p>Work starts in spring, and the board expects the channel to open to larger ships next year.</p>"
            + "<p>Residents asked for noise limits during the night, which the board promised to set.</p>";

    /** An old table layout: one cell holds headline, byline, photo and story; the photo makes only its caption one. */
    @Test
    void aBylineAboveAPhotoInTheArticleCellIsKeptAndTheCaptionUnderItIsNot() {
        String html = "<body><table><tr><td><div><h1>Channel to be dredged</h1><br>"
                + "<font size=\"2\"><b>Staff and agencies<br>Saturday March 3, 2018</b><br></font>"
                + "<img src=\"quays.jpg\" width=\"372\" height=\"192\"><br><font size=\"1\">Quays at dawn. Photo: Harbour"
                + " Wire</font>" + STORY + "</div></td></tr></table></body>";
        assertThat(lines(html, "Channel to be dredged")).containsExactly("Staff and agencies", "Saturday March 3, 2018");
    }

    @Test
    void aLineRightAfterALinkedPictureOrAFigureIsItsCaptionButTheLineBeforeIsNot() {
        String html = "<body><div><h1>Channel to be dredged</h1><span>By Mara Quill</span> <a href=\"/p\"><img"
                + " src=\"quays.jpg\"></a> <span>Harbour Wire</span><br><span>March 3, 2018</span>"
                + "<figure><img src=\"dock.jpg\"></figure><span>Photo: Harbour Wire</span>" + STORY + "</div></body>";
        assertThat(lines(html, "Channel to be dredged")).containsExactly("By Mara Quill", "March 3, 2018");
    }
}
