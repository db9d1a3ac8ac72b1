package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit families written the way unseen pages write them, on invented snippets: an agency alone in brackets above
 * the story, newswire and Chinese wire datelines, a newsroom named alone above the story, a "via" closing the last
 * line, copyright lines with a colon or of another newsroom, an agency sign-off with its newsroom, agencies in lower
 * case behind a source label, a name opening with digits, a copyright sign and its holder printed in two elements.
 */
class GeneralFamiliesTest {

    private static final String LEAD = "The harbour authority approved a new ferry timetable on Tuesday after months of "
            + "complaints from commuters about late evening crossings.";
    private static final String SECOND = "The changes take effect in March, the authority said, and fares stay the same "
            + "for the rest of the year while the new boats are tested on the northern route.";

    /** Lines above the story ("head") or closing it ("tail"), and what they credit. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // an agency in brackets on a line of its own above the story is its dateline
        "head | (AP)                                                                       | dateline:ap",
        "head | QUEENSTOWN, New Zealand (AFP)                                              | dateline:afp",
        "head | HARBOUR CITY (Reuters)                                                     | dateline:reuters",
        // a "via" closing the last line credits the site
        "tail | There is no plot to follow, just a treat for your eyes. -via Harbour Notes | via:Harbour Notes",
        "tail | Source harbourcity.org ,Via Harbour Wire                                   | via:Harbour Wire",
        "tail | The ferries will be tested all winter — via The Verge                      | via:theverge",
        // newswire and Chinese wire datelines, a Chinese agency's reporter line
        "head | HARBOUR CITY, USA - Media OutReach Newswire - 30 April 2024 - The company | dateline:media-outreach",
        "head | HARBOUR CITY, Jan. 5, 2024 /PRNewswire/ -- The company said              | dateline:prnewswire",
        "head | 新华社北京4月24日电                                                        | dateline:xinhua",
        "head | 中新社香港5月2日電（記者 王小明）                                          | dateline:cns",
        "head | 新华社记者                                                                 | wire_credit:xinhua",
        // a newsroom named alone above the story of a page with no byline
        "head | The Hollywood Reporter                                                     | wire_credit:hollywood-reporter",
        // copyright lines: a colon after the word, another newsroom's line closing the article
        "tail | Copyright: Project Syndicate, 2025                                         | wire_credit:project-syndicate",
        "tail | © The Financial Times Ltd. 2024                                            | wire_credit:ft",
        // source labels in other languages (attribution/source-labels.tsv)
        "tail | Источник: ТАСС                                                             | original_source:tass",
        "tail | Джерело: Укрінформ                                                         | original_source:ukrinform",
        "tail | Πηγή: ANA-MPA                                                              | original_source:ana-mpa",
        "tail | Sursa: Agerpres                                                            | original_source:agerpres",
        "tail | Izvor: HINA                                                                | original_source:hina",
        "tail | Sumber: Antara                                                             | original_source:antara",
        "tail | المصدر: Reuters                                                            | original_source:reuters",
        // an agency sign-off with the newsroom that edited it
        "tail | Reuters/Billboard                                                          | wire_credit:reuters",
    })
    void aCreditLineAboveOrUnderTheStory(String where, String line, String expected) {
        var page = article().site("harbourdaily.com");
        page = where.equals("head") ? page.body(line, LEAD, SECOND) : page.body(LEAD, SECOND, line);
        String kind = expected.substring(0, expected.indexOf(':') + 1);
        assertThat(Detection.summary(page)).contains(expected).allMatch(f -> f.startsWith(kind)
                || f.startsWith("original_source:"));
    }

    /** Look-alikes of the families above that credit no one. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "head | JANE ROE/AFP/Getty Images",
        "head | HARBOUR CITY - Harbour Ferries - The company said on Monday",
        "head | 本报北京4月24日电",
        "head | 记者 王小明",
        "tail | Harbour Daily/Billboard",
        "tail | © 2024 Harbour Media Group. All rights reserved.",
    })
    void lookAlikesCreditNoOne(String where, String line) {
        var page = article().site("harbourdaily.com");
        page = where.equals("head") ? page.body(line, LEAD, SECOND) : page.body(LEAD, SECOND, line);
        assertThat(Detection.summary(page)).isEmpty();
    }

    @Test
    void aNewsroomLineUnderAMarkedBylineIsTheSitesMasthead() {
        var page = article().site("harbourdaily.com").byline("By Jane Roe").body("The Hollywood Reporter", LEAD, SECOND);
        assertThat(Detection.summary(page)).isEmpty();
    }

    @Test
    void aBracketedWordThatIsNoAgencyAboveTheStoryIsNoDateline() {
        assertThat(Detection.summary(article().site("harbourdaily.com").body("HARBOUR CITY (Updated)", LEAD, SECOND)))
                .isEmpty();
    }

    @Test
    void aViaInsideASentenceIsNoCredit() {
        assertThat(Detection.summary(article().site("harbourdaily.com")
                .body(LEAD, SECOND, "Commuters reach the pier via the old bridge."))).isEmpty();
    }

    @Test
    void agenciesInLowerCaseBehindASourceLabelAreCredited() {
        var page = article().site("harbourdaily.com").byline("Quelle: sid/dpa").body(LEAD, SECOND);
        assertThat(Detection.summary(page)).contains("original_source:sid", "original_source:dpa");
    }

    @Test
    void aLowerCaseListWithAWordThatIsNoAgencyStaysUnread() {
        var page = article().site("harbourdaily.com").body(LEAD, SECOND, "Quelle: sid/eigene recherche");
        assertThat(Detection.summary(page)).isEmpty();
    }

    @Test
    void aSourceNameOpeningWithDigitsIsAName() {
        var page = article().site("harbourdaily.com").body(LEAD, SECOND, "Source:", "9Harbour");
        assertThat(Detection.summary(page)).containsExactly("original_source:9Harbour");
        assertThat(Detection.summary(article().site("harbourdaily.com").body(LEAD, SECOND, "Source: 2023 Census")))
                .isEmpty();
    }

    @Test
    void aCopyrightSignAndItsHolderInTwoCellsAreOneLine() {
        String html = "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1><p>"
                + LEAD + "</p><p>" + SECOND + "</p></article><table><tr><td><p>&copy; 2008</p></td>"
                + "<td><div>The Associated Press</div></td></tr></table></body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/ferry");
        assertThat(x.markup()).anySatisfy(m -> assertThat(m.value()).isEqualTo("© 2008 The Associated Press"));
        List<String> found = Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
        assertThat(found).containsExactly("wire_credit:ap");
    }

    @Test
    void aHolderlessSignFollowedByAParagraphTakesNothingFromIt() {
        String html = "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1><p>"
                + LEAD + "</p><p>" + SECOND + "</p></article><p>&copy; 2008</p><p>" + LEAD + " Reuters said so.</p>"
                + "</body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/ferry");
        assertThat(Detection.DETECTOR.detect(x)).isEmpty();
    }
}
