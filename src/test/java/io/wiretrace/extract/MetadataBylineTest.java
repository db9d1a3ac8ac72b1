package io.wiretrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bylines, titles and site names on small invented pages: each case is a failure seen on real pages. */
class MetadataBylineTest {

    private static final String BODY = "<p>" + "The harbour council met on Tuesday to decide the future of the old "
            + "pier, which has stood since the town was founded and now needs repairs that few can afford. "
            .repeat(3) + "</p>";

    private final ArticleExtractor extractor = new JsoupArticleExtractor();

    private ExtractedArticle page(String head, String body) {
        return extractor.fromHtml("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://news.example.org/pier");
    }

    @Test
    void layoutClassesOnTheBodyDoNotHideTheByline() {
        ExtractedArticle a = extractor.fromHtml("<html><body class=\"single-post sidebar-right comments-open\">"
                + "<h1>Pier to close</h1><div class=\"article__author\">By Ilse Vantongeren</div>" + BODY
                + "</body></html>", null);

        assertThat(a.byline()).isEqualTo("By Ilse Vantongeren");
        assertThat(a.authors()).containsExactly("Ilse Vantongeren");
    }

    /** Two capitals linked to their own author page are an agency's byline ("AA"); linked to a writer's, an avatar. */
    @Test
    void twoCapitalsAreABylineOnlyWhenTheyLinkTheirOwnPage() {
        ExtractedArticle agency = page("", "<h1>Pier to close</h1><div class=\"author\"><a href=\"/yazar/aa\">AA</a>"
                + "</div>" + BODY);
        ExtractedArticle avatar = page("", "<h1>Pier to close</h1><div class=\"author\"><a href=\"/yazar/ayse-polat\">"
                + "AP</a></div>" + BODY);

        assertThat(agency.byline()).isEqualTo("AA");
        assertThat(avatar.byline()).isNull();
    }

    @Test
    void navigationLabelsAboutAuthorityAreNoByline() {
        ExtractedArticle a = page("", "<h1>Pier to close</h1>" + BODY
                + "<div class=\"authority-control\">Authority control</div>");

        assertThat(a.byline()).isNull();
    }

    @Test
    void aDateMarkedAsAuthorIsNoByline() {
        ExtractedArticle a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
                + "{\"@type\":\"Person\",\"name\":\"Odile Marchetti\"},{\"@type\":\"Person\",\"name\":\"Yann Kerbrat\"}]}"
                + "</script>", "<h1>Pier to close</h1><span class=\"menu-desc-authors\">3 avril 2023 à 09:15</span>"
                + BODY);

        assertThat(a.byline()).isEqualTo("Odile Marchetti, Yann Kerbrat");
        assertThat(a.authors()).containsExactly("Odile Marchetti", "Yann Kerbrat");
    }

    @Test
    void dateHandleAndShareButtonsGluedToTheBylineAreCut() {
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">By Tomasz Reyes @treyes | "
                + "March 3, 2021, 4:10 PM EDT SHARE TWEET</div>" + BODY).byline()).isEqualTo("By Tomasz Reyes");
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">by Anneke Dufour Monday, February 29, "
                + "2016 @ 11:10 PM UTC</div>" + BODY).authors()).containsExactly("Anneke Dufour");
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">Par Agence Côtière publié le 26/12/2020 "
                + "à 21:00</div>" + BODY).byline()).isEqualTo("Par Agence Côtière");
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">Greta Holm 2 hours ago</div>" + BODY)
                .byline()).isEqualTo("Greta Holm");
    }

    @Test
    void aNameAfterTheDateKeepsTheWholeLine() {
        ExtractedArticle a = page("", "<h1>Pier to close</h1><div class=\"byline\">Today 9:44 Milena Hrubá</div>"
                + BODY);

        assertThat(a.byline()).isEqualTo("Today 9:44 Milena Hrubá");
        assertThat(a.authors()).containsExactly("Milena Hrubá");
    }

    @Test
    void aBylineBoxHoldingOnlyALabelAndADateIsNoByline() {
        ExtractedArticle a = page("<meta name=\"author\" content=\"anonymous\">", "<h1>Pier to close</h1>"
                + "<div class=\"article-info byline\"><span>Reader poll</span> <span>2020. 06. 04. 11:27</span> "
                + "<span>Share</span></div>" + BODY);

        assertThat(a.byline()).isNull();
        assertThat(a.authors()).isEmpty();
    }

    @Test
    void anAgencyBeforeTheDateIsKept() {
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">CWN 08 Apr 2020 11:39 PM</div>" + BODY)
                .byline()).isEqualTo("CWN");
    }

    @Test
    void theSameNameInCapitalsIsOneAuthor() {
        ExtractedArticle a = page("<meta name=\"author\" content=\"Harriet Okonkwo\">",
                "<h1>Pier to close</h1><div class=\"byline\">By HARRIET OKONKWO JAN. 13, 2017</div>" + BODY);

        assertThat(a.byline()).isEqualTo("By HARRIET OKONKWO");
        assertThat(a.authors()).containsExactly("Harriet Okonkwo");
    }

    @Test
    void aSourceLineInAPictureBoxIsNoByline() {
        ExtractedArticle boxed = page("", "<h1>Pier to close</h1><div><img src=\"/pier.jpg\" alt=\"The pier\">"
                + "<span>Source: Coast Wire</span></div>" + BODY);
        ExtractedArticle captioned = page("", "<h1>Pier to close</h1><figure><img src=\"/pier.jpg\">"
                + "<figcaption>The old pier. Source: Coast Wire</figcaption></figure>" + BODY);
        ExtractedArticle standing = page("", "<h1>Pier to close</h1><div>Source: Coast Wire</div>" + BODY);

        assertThat(boxed.byline()).isNull();
        assertThat(captioned.byline()).isNull();
        assertThat(standing.byline()).isEqualTo("Source: Coast Wire");
    }

    @Test
    void sourceLinesAreReadInEveryLanguageOfTheSourceLabelList() {
        ExtractedArticle turkish = page("", "<h1>Pier to close</h1><div>Kaynak: Coast Wire</div>" + BODY);
        ExtractedArticle swedish = page("", "<h1>Pier to close</h1><div class=\"byline\">12 mars 2024 10:21 | "
                + "Källa: Coast Wire</div>" + BODY);

        assertThat(turkish.byline()).isEqualTo("Kaynak: Coast Wire");
        assertThat(swedish.byline()).isEqualTo("12 mars 2024 10:21 | Källa: Coast Wire");
        assertThat(SourceLabels.LABELS).contains("source", "quelle", "kaynak", "来源");
    }

    @Test
    void aSourceLabelAfterTheDateIsKept() {
        ExtractedArticle a = page("", "<h1>Pier to close</h1><div class=\"byline\">Last Updated : Apr 08, 2020 "
                + "05:08 PM IST | Source: Coast Wire</div>" + BODY);

        assertThat(a.byline()).isEqualTo("Last Updated : Apr 08, 2020 05:08 PM IST | Source: Coast Wire");
    }

    @Test
    void aSectionAndDateBeforeTheByWordAreLeftAlone() {
        ExtractedArticle a = page("", "<h1>Pier to close</h1><div class=\"byline\">Erhverv - 02. januar 2020 "
                + "kl. 10:21 Af Kystbureauet</div>" + BODY);

        assertThat(a.byline()).isEqualTo("Erhverv - 02. januar 2020 kl. 10:21 Af Kystbureauet");
    }

    @Test
    void coAuthorsInParenthesesAndInitialsInParenthesesAreNames() {
        assertThat(page("", "<h1>Pier to close</h1><span class=\"byline\">Lucien Barrault (avec Maëlle Onfray et "
                + "Pierre Sauvat)</span>" + BODY).authors())
                .containsExactly("Lucien Barrault", "Maëlle Onfray", "Pierre Sauvat");
        assertThat(page("", "<h1>Pier to close</h1><span class=\"byline\">Walter (W.T.) Brandrick</span>" + BODY)
                .authors()).containsExactly("Walter (W.T.) Brandrick");
    }

    @Test
    void authorLinksInTeasersForOtherStoriesAreNotAuthors() {
        ExtractedArticle a = page("", "<h1>Pier to close</h1><p class=\"byline\">by <a rel=\"author\" "
                + "href=\"/people/nadia-ferreira\">Nadia Ferreira</a></p>" + BODY
                + "<section><div class=\"card\"><a href=\"/news/storm-season\"></a><h3>Storm season starts early</h3>"
                + "<span>by <a rel=\"author\" href=\"/people/owen-tallis\">Owen Tallis</a></span></div></section>");

        assertThat(a.authors()).containsExactly("Nadia Ferreira");
    }

    @Test
    void monthsThatAreGivenNamesStayInNames() {
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">by Clara June Whitlock July 10, 2015</div>"
                + BODY).authors()).containsExactly("Clara June Whitlock");
    }

    @Test
    void aSectionLabelBeforeByIsNoName() {
        assertThat(page("", "<h1>Pier to close</h1><div class=\"byline\">Harbour Watch by Ivo Castelnau</div>"
                + BODY).authors()).containsExactly("Ivo Castelnau");
    }

    @Test
    void coAuthorLinksInTheArticlesAuthorBlockCount() {
        ExtractedArticle a = page("", "<h1>Pier to close</h1><div><h3>Authors</h3><ol>"
                + "<li><a rel=\"author\" href=\"/p/1\"><span class=\"author-name\">Rhea Castellano</span></a></li>"
                + "<li><a rel=\"author\" href=\"/p/2\"><span class=\"author-name\">Bastian Oyelaran</span></a></li>"
                + "</ol></div>" + BODY);

        assertThat(a.authors()).containsExactly("Rhea Castellano", "Bastian Oyelaran");
    }

    @Test
    void theHeadlineThatJsonLdAndTheHeadingAgreeOnBeatsTheSocialTitle() {
        assertThat(titleOf("You won't believe what happened to the pier", "Council votes to close the old pier",
                "Council votes to close the old pier")).isEqualTo("Council votes to close the old pier");
        assertThat(titleOf("Pier closes after council vote", "How the council decided to close the pier",
                "Pier closes after council vote")).isEqualTo("Pier closes after council vote");
    }

    private String titleOf(String ogTitle, String jsonLdHeadline, String h1) {
        return page("<meta property=\"og:title\" content=\"" + ogTitle + "\"><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"" + jsonLdHeadline + "\"}</script>",
                "<h1>" + h1 + "</h1>" + BODY).title();
    }

    @Test
    void aSloganAfterThePublishersNameIsNotPartOfTheSiteName() {
        ExtractedArticle a = page("<meta property=\"og:site_name\" content=\"Harbour Ledger - Know your coast\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":"
                + "\"Organization\",\"name\":\"Harbour Ledger\"}}</script>", "<h1>Pier to close</h1>" + BODY);

        assertThat(a.siteName()).isEqualTo("Harbour Ledger");
        assertThat(MetadataReader.withoutTagline("Ledger | Coast | News", "Harbour Ledger", null))
                .isEqualTo("Ledger | Coast | News");
    }

    @Test
    void anArticleThatHasCommentsKeepsItsBylineAndTheCommentTabsAreNoByline() {
        ExtractedArticle a = page("", "<article class=\"post commented\"><h1>Pier to close</h1><div class=\"meta\">"
                + "<div class=\"author-hovercard\">Soraya Lindgren ProfileFollow</div>"
                + "<span class=\"display-name author vcard\">Soraya Lindgren</span></div>" + BODY + "</article>"
                + "<section class=\"replies\"><a class=\"tab-author\" href=\"#\">Soraya Lindgren’s Discussions</a>"
                + "</section>");

        assertThat(a.byline()).isEqualTo("Soraya Lindgren");
    }

    @Test
    void anAnonymousJsonLdAuthorIsNoByline() {
        ExtractedArticle a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"anónimo\"}}</script>", "<h1>Pier to close</h1>" + BODY);

        assertThat(a.byline()).isNull();
    }
}
