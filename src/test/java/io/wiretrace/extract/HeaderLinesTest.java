package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
    void noLinesWithoutTheHeadlineOrWhenTheStoryDoesNotFollowIt() {
        String story = "<p>The harbour board approved the dredging plan on Monday after a long debate.</p>";
        assertThat(lines("<body><div>By Mara Quill</div>" + story + "</body>", "Channel to be dredged")).isEmpty();
        assertThat(lines("<body>" + story + "<h1>Channel to be dredged</h1><div>By Mara Quill</div></body>",
                "Channel to be dredged")).isEmpty();
    }
}
