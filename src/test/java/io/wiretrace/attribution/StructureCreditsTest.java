package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Credits held by lines and markup rather than a sentence, on invented pages run through the real extractor: agency
 * copyright lines, agencies after the writer's name, source labels in other languages and on lines of their own,
 * JSON-LD copyright holders, and credits written as links. Each family with its traps.
 */
class StructureCreditsTest {

    /** A seven-paragraph story of an invented harbour paper, shared by the extractor-level credit tests. */
    static final String STORY = """
            <p>The harbour board of Valmere approved on Monday a plan to dredge the northern channel, which has silted
            up over the past decade and now keeps the largest container ships waiting for the tide.</p>
            <p>Work is to start in the spring and last eighteen months, the board said, at a cost the port will share
            with the regional government.</p>
            <p>Fishermen who use the channel asked for the work to pause during the herring season, and the board
            said it would consider a break in March.</p>
            <p>Environmental groups said they would study the plan for its effect on the seagrass beds east of the
            breakwater before deciding whether to object.</p>
            <p>The last dredging of the channel, in 2009, was stopped twice by storms and finished a year late.</p>
            <p>Shipping lines welcomed the decision and said deeper water would let them call at Valmere without
            lightening their ships at sea.</p>
            <p>The board will publish the contract for tender in January.</p>
            """;

    private static List<String> found(String head, String bylineAndExtra, String tail) {
        String html = "<html><head><title>Channel to be dredged</title>" + head + "</head><body><article>"
                + "<h1>Channel to be dredged</h1>" + bylineAndExtra + STORY + tail + "</article></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x).stream().map(a -> a.kind().wireName() + ":" + key(a)).toList();
    }

    private static String key(Attribution a) {
        return a.target().key() != null ? a.target().key() : a.target().name();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "© 2019 The Associated Press. All rights reserved.|ap",
        "Copyright 2008 by UPI|upi",
        "(Copyright 2007 by The Associated Press. All Rights Reserved.)|ap",
        "© Reuters 2008. All rights reserved. Republication or redistribution of Reuters content is prohibited.|reuters",
        "Copyright (c) Press Association Ltd. 2008, All Rights Reserved.|pa-media",
    })
    void agencyCopyrightLinesUnderTheArticle(String line, String agency) {
        assertThat(found("", "", "<p>" + line + "</p>")).contains("wire_credit:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "© 2024 Harbour Media Group. All rights reserved.",
        "Copyright © ČTK, DPA, Reuters a fotobanka Profimedia",
        "© Photo AFP",
        "Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved.",
    })
    void copyrightLinesThatCreditNoOne(String line) {
        assertThat(found("", "", "<p>" + line + "</p>")).isEmpty();
    }

    @Test
    void aCopyrightLineInTheMiddleOfTheBodyIsNotReadAsTheArticlesOwner() {
        assertThat(found("", "<p>© AFP</p>", "")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Jane Roe, AP Auto Writer|ap",
        "Jane Roe Associated Press|ap",
        "By JASON STRAZIUSO Associated Press Writer|ap",
        "By IBRAHIM BARZAK The Associated Press|ap",
        "Jeff Latzke AP Sports Writer|ap",
        "By JEFF KAROUB (AP)|ap",
        "By JESSICA MINTZ AP Technology Writer SEATTLE|ap",
        "Associated Press in Valencia|ap",
        "Reuters in Berlin|reuters",
    })
    void agencyAfterTheWritersName(String byline, String agency) {
        assertThat(found("", "<p class=\"byline\">" + byline + "</p>", "")).contains("wire_credit:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Jane Roe, Associated Press Photographer Of The Year", "By Jane Roe and Press Association Staff Club"})
    void bylinesWhereTheAgencyDoesNotEndTheCredit(String byline) {
        assertThat(found("", "<p class=\"byline\">" + byline + "</p>", "")).isEmpty();
    }

    @Test
    void sourceFootersInOtherLanguagesAndOnTheirOwnLine() {
        assertThat(found("", "", "<p>Quelle: Reuters</p>")).contains("original_source:reuters");
        assertThat(found("", "", "<p>来源：新华网</p>")).contains("original_source:xinhua"); // Xinhuanet, by its Chinese name
        assertThat(found("", "", "<p>Source:</p><p>Tidewater Gazette</p>")).contains("original_source:Tidewater Gazette");
        assertThat(found("", "", "<p>Kaynak:</p><p>Tidewater Gazette</p>")).contains("original_source:Tidewater Gazette");
        // a picture's source, and a source label in the middle of a sentence, are not the article's
        assertThat(found("", "", "<p>图片来源：视觉中国</p>")).isEmpty();
        assertThat(found("", "", "<p>Source: own calculations</p>")).isEmpty();
    }

    @Test
    void jsonLdCopyrightHolderNamingAnAgency() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Channel to be dredged\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Daily\"},\"copyrightHolder\":%s}</script>";
        assertThat(found(ld.formatted("{\"@type\":\"Organization\",\"name\":\"Reuters\"}"), "", ""))
                .contains("jsonld_isbasedon:reuters");
        // the site's own publisher and its media group are no source
        assertThat(found(ld.formatted("{\"@type\":\"Organization\",\"name\":\"Harbour Daily\"}"), "", "")).isEmpty();
        assertThat(found(ld.formatted("{\"@type\":\"Organization\",\"name\":\"Harbour Media Group\"}"), "", "")).isEmpty();
    }

    @Test
    void aCreditWrittenAsALinkNamesThePageAndTheOutlet() {
        String html = "<html><head><title>Channel to be dredged</title></head><body><article>" + STORY
                + "<p>Originally published on <a href=\"http://www.valmeretimes.example/news/dredging/?utm_source=x\">"
                + "Valmere Times</a>.</p></article></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        List<Attribution> all = Detection.DETECTOR.detect(x);
        Attribution credit = all.stream().filter(a -> "Valmere Times".equals(a.target().name())).findFirst()
                .orElseThrow(() -> new AssertionError("no credit of Valmere Times in " + all));
        assertThat(credit.target().name()).isEqualTo("Valmere Times");
        assertThat(credit.target().domain()).isEqualTo("valmeretimes.example");
        assertThat(credit.target().url()).isEqualTo("http://www.valmeretimes.example/news/dredging/?utm_source=x");
        assertThat(credit.reason()).contains("links to");
    }

    @Test
    void aLinkToTheOwnSiteOrAnotherRegistryOutletIsNotTaken() {
        String html = "<html><head><title>Channel to be dredged</title></head><body><article>" + STORY
                + "<p>Originally published on <a href=\"https://harbourdaily.example/archive/1\">Valmere Times</a>.</p>"
                + "<p>This story was first published by Reuters. <a href=\"https://www.bbc.co.uk/news/x\">More</a></p>"
                + "</article></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        assertThat(Detection.DETECTOR.detect(x)).allSatisfy(a -> assertThat(a.target().url()).isNull());
    }

    /** Detections on the page with {@code after} placed after the article element, in the page's body. */
    private static List<String> foundAfter(String after) {
        String html = "<html><head><title>Channel to be dredged</title></head><body><article><h1>Channel to be dredged"
                + "</h1>" + STORY + "</article>" + after + "</body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        assertThat(x.bodyText()).doesNotContain("©");
        return Detection.DETECTOR.detect(x).stream().map(a -> a.kind().wireName() + ":" + key(a)).toList();
    }

    @Test
    void anAgencyCopyrightLineAfterTheArticleCreditsTheAgencyWithoutEnteringTheBody() {
        String after = "<div class=\"ad\"><script>show('x05')</script></div><div class=\"share\">Share</div>"
                + "<div class=\"copyright\">&copy; 2008 The Associated Press</div>";
        assertThat(foundAfter(after)).containsExactly("wire_credit:ap");
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml("<html><body><article>" + STORY + "</article>"
                + after + "</body></html>", "https://harbourdaily.example/news/dredging");
        assertThat(x.markup()).anySatisfy(m -> {
            assertThat(m.source()).isEqualTo(io.wiretrace.extract.MarkupSignal.Source.TEXT);
            assertThat(m.evidence()).isEqualTo("© 2008 The Associated Press");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the site's own line
        "<footer><p>&copy; 2024 Harbour Media Group. All rights reserved.</p></footer>",
        // a photo credit in a figure after the article
        "<figure><img src=\"/a.jpg\"><figcaption>The channel. &copy; Reuters</figcaption></figure>",
        "<figure><img src=\"/a.jpg\"><figcaption>&copy; Reuters</figcaption></figure>",
    })
    void copyrightLinesAfterTheArticleThatCreditNoOne(String after) {
        assertThat(foundAfter(after)).isEmpty();
    }

    @Test
    void aCopyrightLineFarBelowTheArticleBelongsToTheSiteNotTheStory() {
        String sidebar = "<ul>" + "<li>Another story of the day on the harbour and its ships, read it now</li>".repeat(20)
                + "</ul>";
        assertThat(foundAfter(sidebar + "<div>&copy; 2008 The Associated Press</div>")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Brought to you by REUTERS|reuters",
        "Article from: Agence France-Presse|afp",
        "(This news article provided by World Entertainment News Network)|wenn",
        "Brought to you by NZPA|nzpa",
    })
    void linesSayingAnAgencySuppliedTheArticle(String line, String agency) {
        assertThat(found("", "", "<p>" + line + "</p>")).containsExactly("wire_credit:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By KAREN MATTHEWS THE ASSOCIATED PRESS|ap",
        "By JEFF KAROUB (AP)|ap",
        "By Jane Roe, Reuters|reuters",
        "Derrik J. Lang, THE ASSOCIATED PRESS|ap",
        "By Stephen Lawson - IDG News Service|idg-news-service",
    })
    void anUnmarkedByLineAboveTheStoryIsReadAsTheByline(String line, String agency) {
        assertThat(found("", "<div>" + line + "</div>", "")).contains("wire_credit:" + agency);
    }

    @Test
    void anUnmarkedByLineBelowTheStoryTextIsNotTheByline() {
        String html = "<html><body><article><h1>Channel to be dredged</h1>" + STORY
                + "</article><div>By KAREN MATTHEWS THE ASSOCIATED PRESS</div></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        assertThat(x.byline()).isNull();
    }

    @Test
    void aChineseSourceLineAboveTheStoryIsReadAsItsSource() {
        String header = "<div class=\"channel\">2024年04月24日23:52 | 来源：<a href=\"http://www.news.cn/c.html\">新华网</a></div>";
        assertThat(found("", header, "")).contains("original_source:xinhua");
    }

    @Test
    void anAggregatorsPartnerBoxUnderTheHeadlineNamesTheSupplier() {
        String box = "<div><span class=\"partner\"><a href=\"https://www.theguardian.com/?utm_source=msn\">"
                + "<img alt=\"The Guardian logo\" src=\"/logo.png\"> The Guardian</a></span></div>";
        assertThat(found("", box, "")).containsExactly("syndicated_feed_disclaimer:theguardian");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a list of partner sites, a link to the site itself, a long promotional box
        "<ul class=\"partners\"><li><a href=\"https://www.theguardian.com/\">Guardian</a></li>"
                + "<li><a href=\"https://www.bbc.co.uk/\">BBC</a></li></ul>",
        "<span class=\"partner\"><a href=\"https://harbourdaily.example/about\">Harbour Daily</a></span>",
        "<div class=\"partner-promo\"><a href=\"https://shop.example/\">Our partner shop has the best deals on boots,"
                + " coats and everything you need for the winter</a></div>",
    })
    void partnerMarkupThatNamesNoSupplier(String box) {
        assertThat(found("", box, "")).isEmpty();
    }

    @Test
    void aPartnerBoxBelowTheStoryTextIsNotRead() {
        String box = "<span class=\"partner\"><a href=\"https://www.theguardian.com/\">The Guardian</a></span>";
        assertThat(found("", "", box)).isEmpty();
    }
}
