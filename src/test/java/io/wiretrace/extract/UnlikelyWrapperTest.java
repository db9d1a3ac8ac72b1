package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A layout family: the story's {@code <article>} sits in a column wrapper whose class happens to hold an unlikely word
 * ("col-1 highfooter", "main-sidebar-layout"), while a block of teasers ("Don't miss", many "Read more" cards) is
 * long enough to pass for a body. The wrapper stays for its article; a wrapper of teaser cards is still dropped.
 * Invented pages.
 */
class UnlikelyWrapperTest {

    private static final String URL = "https://www.harbourdaily.example/news/2026/ferry-timetable";
    private static final String STORY = """
            <p>The harbour authority approved a new ferry timetable on Tuesday after months of complaints from
            commuters about late evening crossings, which were cancelled without notice through the winter.</p>
            <p>The changes take effect in March, the authority said, and fares stay the same for the rest of the year
            while the new boats are tested on the northern route between the islands.</p>
            <p>Commuter groups welcomed the decision but asked for a later last crossing on Fridays, when the ferries
            fill up with students returning home for the weekend from the mainland colleges.</p>
            <p>The operator said it would publish the full timetable next week and keep the old one online until the
            changes take effect, so travellers can plan their journeys in time.</p>
            """;

    /** Teaser cards: each an article with a kicker, a headline and a "Read more" link. */
    private static String teasers() {
        StringBuilder cards = new StringBuilder("<div class=\"dont-miss\"><h2>Don't miss</h2>");
        for (int i = 1; i <= 9; i++) {
            cards.append("<article class=\"card\"><h5>REPLAY</h5><p>Harbour town votes on a new lighthouse keeper for ")
                    .append("the season, part ").append(i).append("</p><a href=\"/replay/").append(i)
                    .append("\">Read more</a></article>");
        }
        return cards.append("</div>").toString();
    }

    private static String page(String wrapperClass, String story) {
        return "<html><head><title>New ferry timetable approved</title></head><body>" + teasers()
                + "<div class=\"" + wrapperClass + "\"><article><h1>New ferry timetable approved</h1>"
                + "<div class=\"bd\">" + story + "</div></article></div></body></html>";
    }

    @Test
    void theArticleInAnUnluckilyNamedColumnIsTheBody() {
        String body = new JsoupArticleExtractor().fromHtml(page("col-1 highfooter", STORY), URL).bodyText();
        assertThat(body).startsWith("The harbour authority approved a new ferry timetable")
                .contains("The operator said it would publish the full timetable")
                .doesNotContain("Read more", "lighthouse keeper");
    }

    @Test
    void aFooterOfTeaserCardsIsStillDropped() {
        String html = "<html><head><title>New ferry timetable approved</title></head><body>"
                + "<div class=\"story\"><h1>New ferry timetable approved</h1>" + STORY + "</div>"
                + "<div class=\"site-footer\">" + teasers() + "</div></body></html>";
        String body = new JsoupArticleExtractor().fromHtml(html, URL).bodyText();
        assertThat(body).contains("The operator said it would publish").doesNotContain("Read more", "lighthouse keeper");
    }

    @Test
    void theWrappersStandfirstAndItsKeywordLinksStay() {
        String story = "<div itemprop=\"articleBody\"><header>Commuters waited all winter for a decision on late "
                + "crossings.</header>" + STORY.replace("commuters about late", "commuters about <a class=\"keywords\" "
                + "href=\"/topics/ferries\">late</a>") + "</div>";
        String body = new JsoupArticleExtractor().fromHtml(page("row site_header", story), URL).bodyText();
        assertThat(body).startsWith("Commuters waited all winter")
                .contains("complaints from commuters about late evening crossings");
    }
}
