package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * False-positive families found by probing the rules with invented pages written like real ones (none of them is in
 * the labelled corpus): each test names the family and what must, or must not, be reported.
 */
class UnseenPageTrapsTest {

    private static final String LEAD = "The harbour authority approved a new ferry timetable on Tuesday after months of "
            + "complaints from commuters about late evening crossings.";
    private static final String SECOND = "The changes take effect in March, the authority said.";

    private static Articles footer(String line) {
        return article().site("harbourdaily.com").body(LEAD, SECOND, line);
    }

    /**
     * Footer lines that name an agency or a party in another sense: a data source or public body behind a "Source:"
     * label, the network a link travelled by, brackets glossing the last word, a journalist's former employer, an
     * institution named after an agency, a document the story cites, a post on a social network, a photo credit; the
     * page's own newsroom, a handout, a company, a data service or a public body's domain behind a "Source:" label.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "data or public body          | Source: Reuters/Ipsos poll",
        "data or public body          | Source: AP-NORC poll",
        "data or public body          | Source: Author's calculations",
        "data or public body          | Source: Reuters calculations",
        "data or public body          | Quelle: Eurostat",
        "data or public body          | Fuente: INE",
        "data or public body          | Source: IMF",
        "data or public body          | Source: World Bank",
        "data or public body          | Fonte: Istat",
        "data or public body          | Fonte: IBGE",
        "data or public body          | Source: FactSet",
        "data or public body          | Fuente: Ministerio de Salud",
        "data or public body          | Quelle: Bundesregierung",
        "data or public body          | Source: Harbour City Council",
        "data or public body          | Source: X",
        "data or public body          | Source: Google Trends",
        "data or public body          | Kilde: egen beregning",
        "data or public body          | Zdroj: vlastní výpočty",
        "data or public body          | Fonte: elaborazione propria",
        "data or public body          | Bron: eigen berekeningen",
        "social network or aggregator | Via Bluesky",
        "social network or aggregator | (via Mastodon)",
        "social network or aggregator | via Threads",
        "social network or aggregator | Via Google News",
        "social network or aggregator | Via Substack",
        "brackets glossing a word     | Next year the school adds two courses, Biology and Calculus (AP).",
        "brackets glossing a word     | The bill now goes to the governor in Harrisburg (PA).",
        "former agency journalist     | Tom Roe, a former AP reporter, contributed to this report.",
        "former agency journalist     | Jane Roe, an ex-Reuters editor, contributed to this story.",
        "institution named after one  | Researchers at the Reuters Institute contributed to this report.",
        "citation of a document       | The report was first published by the Harbour Institute in May.",
        "citation of a document       | A report first published in The Lancet found a clear link.",
        "citation of a document       | The report was originally published in Nature last year.",
        "citation of a document       | This article is adapted from Jane Roe's new book, Harbour Lights.",
        "citation of a document       | L'article publié dans Libération a provoqué un tollé.",
        "citation of a document       | O texto publicado no Diário Oficial determina novas regras.",
        "citation of a document       | L'articolo pubblicato su Nature dimostra che il ghiaccio si scioglie.",
        "citation of a document       | El texto publicado originalmente en el Boletín Oficial fija las reglas.",
        "citation of a document       | Der Text wurde zunächst im Ausschuss beraten.",
        "citation of a document       | Der Text wurde zunächst im Ausschuss.",
        "citation of a document       | Het stuk is eerder in Den Haag.",
        "social network post          | The post was originally published on Facebook.",
        "social network post          | Originally posted on Reddit by user harbourfan.",
        "photo credit in a label      | Source: AFP/Getty Images",
        "photo credit in a label      | Source: Reuters/Jane Roe",
        "photo credit in a label      | Quelle: dpa/picture alliance",
        "own newsroom                 | Fuente: Redacción",
        "own newsroom                 | Quelle: Online-Redaktion",
        "own newsroom                 | Kaynak: Haber Merkezi",
        "own newsroom                 | Source: Staff",
        "own newsroom                 | 来源：本报",
        "own newsroom                 | 来源：综合",
        "handout                      | Source: Handout",
        "handout                      | Source: Supplied",
        "company                      | Source: Harbour Ferries Ltd",
        "company                      | Source: Harbour Port Authority",
        "data service                 | Source: Yahoo Finance",
        "data service                 | Source: Harbour Research",
        "public body's domain         | Source: harbourcity.gov",
        "public body's domain         | Source: www.harbour.ac.uk",
    })
    void aFooterLineNamingNoSourceOfTheTextGivesNothing(String family, String line) {
        assertThat(Detection.summary(footer(line))).as(family).isEmpty();
    }

    /** Next to each trap family, the genuine credit it must not swallow, with its exact evidence and offset. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Source: Reuters                                            | original_source:reuters | Source: Reuters",
        "The crossings resume on Monday, he said. (PA)              | wire_credit:pa-media    | (PA)",
        "Rozkład obowiązuje od marca. (na podstawie informacji PAP) | wire_credit:pap         | (na podstawie informacji PAP)",
        "Harbour Lines staff and Reuters contributed to this report. | wire_credit:reuters    | Harbour Lines staff and Reuters contributed to this report",
    })
    void theGenuineCreditNextToATrapStillCounts(String line, String summary, String evidence) {
        var found = Detection.detect(footer(line));
        int lineStart = (LEAD + "\n\n" + SECOND + "\n\n").length();
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(Detection.summary(a)).isEqualTo(summary);
            assertThat(a.evidence().text()).isEqualTo(evidence);
            assertThat(a.evidence().start()).isEqualTo(lineStart + line.indexOf(evidence));
        });
    }

    @Test
    void readerCommentsBelowTheArticleAreNotRead() {
        var page = article().site("harbourdaily.com").body(LEAD, SECOND, "Third paragraph.", "Fourth paragraph.",
                "Fifth paragraph.", "Sixth paragraph.", "12 Comments",
                "Jane Roe: This article was republished from The Harbour Post without credit!",
                "John Roe: Typical. — AFP");
        assertThat(Detection.summary(page)).isEmpty();
    }

    @Test
    void aTagListClosingThePageIsNoSignOff() {
        var tagged = article().site("harbourdaily.com").body(LEAD, SECOND, "Tags", "Economy", "Reuters");
        assertThat(Detection.summary(tagged)).isEmpty();
        var signed = article().site("harbourdaily.com").body(LEAD, SECOND, "Reuters");
        assertThat(Detection.summary(signed)).containsExactly("wire_credit:reuters");
    }

    @Test
    void aLoneOpinionLabelIsNoCommentSection() {
        var page = article().site("harbourdaily.com").body(LEAD, SECOND, "Third paragraph.", "Fourth paragraph.",
                "Fifth paragraph.", "Sixth paragraph.", "Kommentar", "Die Verhandlungen gehen weiter. (dpa)");
        assertThat(Detection.summary(page)).containsExactly("wire_credit:dpa");
    }

    @Test
    void aCommentsLinkInTheHeadDoesNotHideTheArticle() {
        var page = article().site("harbourdaily.com").body("Comments", LEAD, SECOND,
                "This story was originally published by Harbour Health News.");
        assertThat(Detection.summary(page)).containsExactly("republished_from:Harbour Health News");
    }

    @Test
    void aQuestionAboutPermissionIsNoNotice() {
        assertThat(Detection.summary(footer("Reprinted with permission from Harbour Weekly? Nobody asked us."))).isEmpty();
    }

    @Test
    void theCreditedNameStopsBeforeWithoutAndEditionWords() {
        var found = Detection.detect(footer("Originally published in Harbour Diario's print edition."));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.target().name()).isEqualTo("Harbour Diario");
            assertThat(a.evidence().text()).isEqualTo("Originally published in Harbour Diario");
        });
        assertThat(Detection.detect(footer("This article was republished from The Harbour Post without credit.")))
                .singleElement().satisfies(a -> assertThat(a.target().name()).isEqualTo("The Harbour Post"));
        // the own outlet's archives are a self-reference
        assertThat(Detection.summary(article().site("harbourdaily.com").siteName("Harbour Daily")
                .body(LEAD, "This article is reproduced from the Harbour Daily archives."))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.harbourdaily.co.uk/story/1",
        "https://harbourdaily-cdn.net/story/1",
        "https://amp.harbourdaily.com/story/1",
        "https://www.harbour-daily.com/story/1",
    })
    void theSameBrandOnAnotherDomainIsNotAnotherOutlet(String canonical) {
        assertThat(Detection.summary(article().site("harbourdaily.com").canonical(canonical).body(LEAD))).isEmpty();
    }

    @Test
    void aRegistryOutletOnAnotherCountryDomainIsTheSameOutlet() {
        assertThat(Detection.summary(article().site("lemonde.fr").canonical("https://www.lemonde.com/x").body(LEAD)))
                .isEmpty();
    }

    @Test
    void aLookAlikeDomainPointingAtARegistryOutletIsStillCrossDomain() {
        // the registry lists Reuters' domains; a page elsewhere naming reuters.com as canonical copied it
        assertThat(Detection.summary(article().site("reuters-news.net").canonical("https://www.reuters.com/x")
                .body(LEAD))).containsExactly("canonical_cross_domain:reuters");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://data.harbourcity.gov/dataset/budget-2024.csv",
        "https://www.harbourcity.gov/files/budget.pdf",
        "https://www.flickr.com/photos/janeroe/123",
        "https://www.gettyimages.com/detail/news-photo/1234",
        "https://doi.org/10.5555/harbour.2024.001",
        "https://github.com/harbour-lab/ferry-data",
        "https://www.youtube.com/watch?v=abc123",
        "https://www.harbournotes.net/photos/ferry-at-dusk",
    })
    void isBasedOnADataSetPhotoOrCodeIsNoSourceOfTheText(String url) {
        assertThat(Detection.summary(article().site("harbourdaily.com").isBasedOn(url).body(LEAD))).isEmpty();
    }

    @Test
    void isBasedOnAnotherOutletsArticleStillCounts() {
        assertThat(Detection.summary(article().site("harbourdaily.com")
                .isBasedOn("https://www.harbournotes.net/2024/05/ferry-timetable").body(LEAD)))
                .containsExactly("jsonld_isbasedon:harbournotes.net");
    }

    @Test
    void aSourceLineUnderAnAnnouncedEmbedCreditsTheEmbed() {
        var page = article().site("harbourdaily.com").body(LEAD, SECOND,
                "The latest on the strike in our live blog:", "Quelle: dpa");
        assertThat(Detection.summary(page)).isEmpty();
        assertThat(Detection.summary(article().site("harbourdaily.com").body(LEAD, SECOND, "Quelle: dpa")))
                .containsExactly("original_source:dpa");
    }

    /** A writer whose surname or given name is an agency's name: the byline names a person, not the agency. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Michael R. Bloomberg", "Bloomberg, Jason", "Text and pictures by Petra Hansen",
        "By Jane Roe and Anna K. Ritzau"})
    void anAgencysNameAsAWritersNameIsNoCredit(String byline) {
        assertThat(Detection.summary(article().site("harbourdaily.com").byline(byline).body(LEAD, SECOND))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Jane Roe Bloomberg News      | wire_credit:bloomberg",
        "Bloomberg, Reuters              | wire_credit:bloomberg",
        "Af Ritzau                       | wire_credit:ritzau",
    })
    void theAgencyCreditNextToThoseTrapsStillCounts(String byline, String expected) {
        assertThat(Detection.summary(article().site("harbourdaily.com").byline(byline).body(LEAD, SECOND)))
                .contains(expected);
    }

    /**
     * Copyright lines of the site's own group or of a data feed: "© Dow Jones" on a Dow Jones paper, "© Reuters" on
     * Reuters' own agency site, quotes delayed under a Reuters copyright.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "wsj.com           | Copyright © 2024 Dow Jones & Company, Inc. All Rights Reserved.",
        "reutersagency.com | © 2024 Reuters. All rights reserved.",
        "harbourdaily.com  | Quotes delayed at least 15 minutes. © 2024 Reuters.",
    })
    void aCopyrightLineOfTheSitesGroupOrOfMarketDataIsNoCredit(String site, String line) {
        assertThat(Detection.summary(article().site(site).body(LEAD, SECOND, line))).isEmpty();
        assertThat(Detection.summary(article().site("harbourdaily.com").body(LEAD, SECOND, "© 2024 Reuters.")))
                .containsExactly("wire_credit:reuters");
    }

    /** "Provided by" a sponsor, a weather or market widget, and "brought to you by" an advertiser are no credit. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Brought to you by harbourbank.com", "Weather data provided by Harbour Weather",
        "Sponsored content provided by harbourbank.com", "Quotes provided by Bloomberg"})
    void aProvidedByLineOfASponsorOrWidgetIsNoCredit(String line) {
        assertThat(Detection.summary(footer(line))).isEmpty();
        assertThat(Detection.summary(footer("Brought to you by Reuters"))).containsExactly("wire_credit:reuters");
    }

    /** A "provided by" line on a video or photo, or between two paragraphs of the story, captions an embed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Video provided by Reuters", "Photo provided by The Associated Press"})
    void aProvidedByLineOfAnEmbedIsNoCredit(String line) {
        assertThat(Detection.summary(footer(line))).isEmpty();
        String third = "Ferry operators said they would add two sailings from the north quay while the work goes on, and "
                + "that tickets bought for the old timetable would be honoured until the end of the month.";
        String more = "The council is to review the timetable again in the autumn, after the first full season under the "
                + "new crossings, and will publish the passenger counts it collects.";
        var page = article().site("harbourdaily.com").body(LEAD, SECOND, third, more, more + " Again.", more + " Once more.",
                "Provided by Reuters", more + " And again.", more + " Then.", more + " Still.", more + " Later.",
                more + " Soon.", more + " Now.", more + " Last.");
        assertThat(Detection.summary(page)).isEmpty();
    }

    /**
     * A byline naming the page's own newsroom by a name the registry gives another outlet ("ABC News" on abc.net.au),
     * or by the paper's one-word short name ("The Sun" on baltimoresun.com), or by the site's name: its own staff.
     */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', value = {
        "abc.net.au            | By Jane Roe, ABC News",
        "dailytelegraph.com.au | By Jane Roe, The Daily Telegraph",
        "timesonline.co.uk     | By Jane Roe, The Times",
        "baltimoresun.com      | By Jane Roe, The Sun",
        "latimes.com           | By Jane Roe, The Times",
    })
    void theOwnNewsroomUnderASharedNameIsNoCredit(String site, String byline) {
        assertThat(Detection.summary(article().site(site).byline(byline).body(LEAD))).isEmpty();
    }

    @Test
    void theOwnNewsroomByTheSitesNameIsNoCredit() {
        assertThat(Detection.summary(article().site("hd-news.com").siteName("ABC News Online")
                .byline("By Jane Roe, ABC News").body(LEAD))).isEmpty();
        // the same names on another outlet's page are credits
        assertThat(Detection.summary(article().site("harbourdaily.com").byline("By Jane Roe, The Sun").body(LEAD)))
                .containsExactly("wire_credit:thesun");
        assertThat(Detection.summary(article().site("news.com.au").byline("By Jane Roe, ABC News").body(LEAD)))
                .containsExactly("wire_credit:abcnews");
        // a domain keeps its suffix: ntv.com is not n-tv.de
        assertThat(Detection.summary(article().site("n-tv.de").body(LEAD, "Quelle: ntv.com")))
                .containsExactly("original_source:ntv.com");
    }

    /** A photographer and a picture agency taken for the byline ("Jane Roe/AFP") credit a picture, not the text. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane Roe/AFP", "JANE ROE / REUTERS", "Jane Roe / AP", "Jane B. Roe/dpa"})
    void aPhotographerAndAgencyAsTheBylineIsNoCredit(String byline) {
        assertThat(Detection.summary(article().site("harbourdaily.com").byline(byline).body(LEAD))).isEmpty();
    }

    @Test
    void writersAndAgenciesJoinedBySlashesStillCredit() {
        assertThat(Detection.summary(article().site("harbourdaily.com").byline("Associated Press / December 31, 2007")
                .body(LEAD))).containsExactly("wire_credit:ap");
        assertThat(Detection.summary(article().site("harbourdaily.com").byline("By Jane Roe, AFP").body(LEAD)))
                .containsExactly("wire_credit:afp");
        assertThat(Detection.summary(article().site("harbourdaily.de").byline("Reuters/AFP").body(LEAD)))
                .contains("wire_credit:reuters", "wire_credit:afp");
    }
}
