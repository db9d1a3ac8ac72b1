package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages whose title tag is never closed still give their article (written fixtures). */
class UnclosedTitleTest {

    private static final String STORY = "<p>The harbour board voted on Tuesday to close the old ferry pier for repairs, a decision"
            + " that leaves commuters from the island with a longer crossing until the spring.</p>"
            + "<p>Board members said the pier had been inspected twice this year and that its timbers could no longer"
            + " carry the weight of the morning crowds, according to the minutes published on Wednesday.</p>"
            + "<p>The ferry company said it would add two sailings from the north quay while the work goes on.</p>";

    private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

    @Test
    void aTitleEndTagRunIntoAnAttributeStillEndsTheTitle() {
        String html = "<html><head>\n<title id=\"t\">Pier closes - Harbour News</titlevalue=\"true\" -->\n</head>\n"
                + "<body><div class=\"story\"><h1>Pier closes</h1>" + STORY + "</div></body></html>";

        ExtractedArticle a = extractor.fromHtml(html, "https://harbour.example/pier");

        assertThat(a.bodyText()).contains("ferry pier for repairs").contains("two sailings");
        assertThat(a.title()).startsWith("Pier closes");
    }

    @Test
    void aTitleCutShortBySplicedScriptEndsAtItsLine() {
        String html = "<html><head>\n<title>Pier closes - Harb(OAS_version >= 11)\n  document.write('x');\n//-->\n"
                + "</SCRIPT>\n</head><body><div class=\"story\">" + STORY + "</div></body></html>";

        assertThat(extractor.fromHtml(html, "https://harbour.example/pier").bodyText()).contains("ferry pier for repairs");
    }

    @Test
    void aClosedTitleIsLeftAlone() {
        String html = "<html><head><title>A <b>bold</b> title</title></head><body>" + STORY + "</body></html>";

        assertThat(UnclosedTitle.repair(html)).isSameAs(html);
        assertThat(UnclosedTitle.repair("<p>no title at all</p>")).isEqualTo("<p>no title at all</p>");
    }
}
