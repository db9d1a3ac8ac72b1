package io.wiretrace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English credit forms of pages never seen, on invented pages run through the real extractor (outlets and people made
 * up, agencies real), with the look-alikes that an agency-free page prints in the same places: ANI's dateline with
 * the state before the country, an agency's logo alone after the story, "Story courtesy of" and a publication's bare
 * courtesy, "Read the original at" lines, press-release wires' "View original content" lines; and, kept out, a US or
 * Indian state's code after a place in a byline, data and picture segments of source labels ("Company filings,
 * Bloomberg", "Featured image: … | Source: Reuters", "Bloomberg Intelligence"), public bodies and polling firms,
 * brand studios ("Reuters Plus"), sponsors' and persons' courtesy, further-reading links.
 * Each place: {@code tail} the story's last paragraph, {@code head} its first, {@code byline}, {@code header} a line
 * between the headline and the byline, {@code after} an element right after the story.
 */
class EnglishUnseenFormsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "head # Mumbai (Maharashtra) [India], January 5 (ANI): The harbour board approved a new ferry timetable. # dateline:ani",
        "after # <img src=\"/img/logos/ap-logo.png\" alt=\"AP\"> # wire_credit:ap",
        "after # <a href=\"https://www.reuters.com/\"><img src=\"/assets/reuters-logo.svg\" alt=\"Reuters\"></a> # wire_credit:reuters",
        "after # <img src=\"/assets/afp.png\" alt=\"AFP logo\"> # wire_credit:afp",
        "tail # Courtesy of Valmere Times # republished_from:Valmere Times",
        "tail # Courtesy of The Valmere Sentinel # republished_from:The Valmere Sentinel",
        "tail # Story courtesy of Valmere Times # republished_from:Valmere Times",
        "tail # This story is courtesy of Valmere Times. # republished_from:Valmere Times",
        "tail # News courtesy of Valmere Times # republished_from:Valmere Times",
        "tail # Article courtesy of <a href=\"https://valmeretimes.example/a\">Valmere Times</a> # republished_from:valmeretimes.example",
        "tail # Read the original at Valmere Times. # original_source:Valmere Times",
        "tail # Read the full story at Reuters # original_source:reuters",
        "tail # Read the full article on Reuters.com # original_source:reuters",
        "tail # Read more at <a href=\"https://valmeretimes.example/a\">Valmere Times</a> # original_source:valmeretimes.example",
        "tail # Continue reading at <a href=\"https://valmeretimes.example/a\">Valmere Times</a> # original_source:valmeretimes.example",
        "tail # View original content:https://www.prnewswire.com/news-releases/harbour-ferries-301.html # wire_credit:prnewswire",
        "tail # View source version on businesswire.com: https://www.businesswire.com/news/home/2024/en/ # wire_credit:businesswire",
        "byline # By Jane Roe, PA # wire_credit:pa-media",
        "byline # Jane Roe, PA # wire_credit:pa-media",
        "byline # Xiang Li, AP # wire_credit:ap",
        "byline # By Reuters, AP # wire_credit:ap",
        "tail # Source: Valmere Times # original_source:Valmere Times",
        // a paper of its own whose name opens with another's ("The Sun"), not a product of it
        "tail # Source: The Sun-Herald # original_source:The Sun-Herald",
    })
    void aCreditFormIsRead(String where, String line, String expected) {
        assertThat(found(where, line)).contains(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "byline # By Jane Roe | Harbour City, PA",
        "byline # By Jane Roe, Harbour City, AP",
        "byline # By Jane Roe in Vijayawada, AP",
        "byline # Jane Roe (Harbour City, AP)",
        "header # Harbour City, PA",
        "header # By Jane Roe | Vijayawada, AP",
        "tail # Source: Company filings, Bloomberg",
        "tail # Sources: Reuters, company reports",
        "tail # Featured image: Jane Roe | Source: Reuters",
        "tail # Source: Bloomberg Intelligence",
        "tail # Source: Reuters Eikon",
        "tail # Source: AP VoteCast",
        "tail # Source: AP-NORC",
        "tail # Source: US Energy Information Administration",
        "tail # Source: Fitch Ratings",
        "tail # Source: NOAA",
        "tail # Source: CDC",
        "tail # Source: Valmere Chamber of Commerce",
        "tail # Source: Kantar",
        "after # Source: Harbour Polling",
        "header # Reuters Plus",
        "byline # By Bloomberg Media Studios",
        "byline # Jane Roe, CNN Underscored",
        "tail # This content is produced by Reuters Plus, the brand marketing studio of Reuters.",
        "tail # Provided by Reuters Plus",
        "after # <img src=\"/assets/photo123.jpg\" alt=\"AP\">",
        "after # <img src=\"/assets/ap-photo.jpg\" alt=\"AP Photo/Jane Roe\">",
        "after # <img src=\"/img/sponsor-logo.png\" alt=\"Harbour Bank\">",
        "after # <img src=\"/img/logo.png\" alt=\"Valmere Times\">",
        "tail # Courtesy of Jane Roe",
        "tail # Courtesy of Harbour Daily",
        "tail # Story courtesy of Harbour Daily",
        "tail # Story courtesy of Jane Roe",
        "tail # Story courtesy of Harbour Bank",
        "tail # Courtesy of Valmere Historical Society",
        "tail # Courtesy of the family",
        "tail # Photo: Courtesy of Valmere Times",
        "tail # Image courtesy of Valmere News",
        "tail # Read more at our website",
        "tail # Read more at <a href=\"https://harbourdaily.example/ferries\">Harbour Daily</a>",
        "tail # Read more at <a href=\"https://twitter.com/harbourdaily\">Twitter</a>",
        "tail # Read more at <a href=\"https://valmere.gov/ferries\">the council's website</a>",
        "tail # Read more at <a href=\"https://valmere.edu/ferries\">Valmere University</a>",
        "tail # Read more at <a href=\"https://harbourbank.example/ferries\">Harbour Bank</a>",
        "tail # Read more at <a href=\"https://valmerezoo.example/\">Valmere Zoo</a>",
        "tail # Read the full story in Sunday's paper.",
        "tail # Read the original at Jane Roe's blog",
        // a picture's credit under the last image of the story is the photo's, not the text's
        "tail # <img src=\"/img/ferry.jpg\" alt=\"The ferry at dawn\"><small>Reuters</small>",
        "tail # <img src=\"/img/ferry.jpg\" alt=\"The ferry at dawn\"><br><small>AFP</small>",
        "after # <figure><img src=\"/img/ferry.jpg\" alt=\"The ferry at dawn\"><figcaption>AP</figcaption></figure>",
        "after # <img src=\"/img/ferry.jpg\" alt=\"The ferry at dawn\"><span class=\"credit\">Reuters</span>",
    })
    void aLookAlikeCreditsNoOne(String where, String line) {
        assertThat(found(where, line)).isEmpty();
    }

    private static List<String> found(String where, String line) {
        String header = where.equals("header") ? "<div class=\"meta-line\">" + line + "</div>" : "";
        String byline = where.equals("byline") ? line : "By Jane Roe";
        String first = where.equals("head") ? "<p>" + line + "</p>" : "";
        String last = where.equals("tail") ? "<p>" + line + "</p>" : "";
        String after = where.equals("after") ? "<div class=\"story-end\">" + line + "</div>" : "";
        String html = "<html lang=\"en\"><head><title>Channel to be dredged</title></head><body><article>"
                + "<h1>Channel to be dredged</h1>" + header + "<p class=\"byline\">" + byline + "</p>" + first
                + StructureCreditsTest.STORY + last + after + "</article><footer><p>© 2024 Harbour Daily</p></footer>"
                + "</body></html>";
        ExtractedArticle x = new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
        return Detection.DETECTOR.detect(x).stream().map(Detection::summary).toList();
    }
}
