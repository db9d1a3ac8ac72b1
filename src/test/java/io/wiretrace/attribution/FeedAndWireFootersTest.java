package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiretrace.extract.ExtractedArticle;
import io.wiretrace.extract.JsoupArticleExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Footers that feeds and wire services leave under a story, and the byline a broadcaster's template prints after its
 * time stamps: a WordPress feed's "The post … appeared first on X.", "(With agency inputs)", "Information from wire
 * services was used in this report.", CNN Newsource's trademark line, Tribune News Service's "(TNS)" dateline, and
 * "Posted: … / by: The Associated Press", "By Jane Roe, The Valmere Star (TNS)". Invented stories on an invented site, each family with its look-alikes.
 */
class FeedAndWireFootersTest {

    private static final String LEAD = "The harbour board of Valmere approved on Monday a plan to dredge the northern "
            + "channel, which has silted up over the past decade and keeps the largest ships waiting for the tide.";
    private static final String SECOND = "Work is to start in the spring and last eighteen months, the board said.";

    private static List<String> closing(String line) {
        return Detection.summary(article().site("harbourdaily.example").siteName("Harbour Daily")
                .body(LEAD, SECOND, line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "The post Channel to be dredged appeared first on Valmere Times.; republished_from:Valmere Times",
        "The post Channel to be dredged, and when appeared first on Valmere Times; republished_from:Valmere Times",
        "The post Channel to be dredged appeared first on AFP.; republished_from:afp",
    })
    void aFeedsFooterNamesThePublisher(String line, String expected) {
        assertThat(closing(line)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The post office appeared first on the list of buildings to close.", // no publisher's name
        "The post office appeared first on Main Street, where Valmere began.", // a clause follows the place
        "The post Channel to be dredged appeared first on Valmere Times and was shared by readers.",
    })
    void sentencesAboutAPostAreNoFooter(String line) {
        assertThat(closing(line)).isEmpty();
    }

    @Test
    void aFeedsFooterCountsOnlyAmongTheClosingLines() {
        String[] paragraphs = new String[16];
        paragraphs[0] = "The post Channel to be dredged appeared first on Valmere Times.";
        for (int i = 1; i < paragraphs.length; i++) {
            paragraphs[i] = SECOND.replace("eighteen", "eighteen (" + i + ")");
        }
        assertThat(Detection.summary(article().site("harbourdaily.example").body(paragraphs))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "(With agency inputs); wire_credit:agencies",
        "With Agency Inputs; wire_credit:agencies",
        "- with agencies' inputs; wire_credit:agencies",
        "Information from wire services was used in this report.; wire_credit:agencies",
        "Wire services were used in compiling this report.; wire_credit:agencies",
        "Material from Reuters was used in this report.; wire_credit:reuters",
        "Reuters was used in this report.; wire_credit:reuters",
    })
    void unnamedAndNamedAgencyMaterial(String line, String expected) {
        assertThat(closing(line)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Local boards were used in compiling this report.", // not an agency
        "Jane Roe was used in this report as a source.",
        "With harbour inputs from the fishermen, the plan changed.",
        "Drones were used in compiling this report on the seagrass.",
    })
    void whatWasUsedIsNoAgencyCredit(String line) {
        assertThat(closing(line)).isEmpty();
    }

    @Test
    void cnnNewsourcesTrademarkLineCreditsCnn() {
        assertThat(closing("The-CNN-Wire™ & © 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. "
                + "All rights reserved.")).containsExactly("wire_credit:cnn");
        assertThat(Detection.summary(article().site("cnn.com").siteName("CNN").body(LEAD, SECOND, "The-CNN-Wire™ & © "
                + "2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."))).isEmpty();
    }

    @Test
    void tribuneNewsServiceSignsInBrackets() {
        assertThat(Detection.summary(article().site("harbourdaily.example")
                .body("WASHINGTON (TNS) — " + LEAD, SECOND))).contains("dateline:tns");
        assertThat(closing("(TNS)")).contains("wire_credit:tns");
        assertThat(closing("A TNS poll found that most residents back the plan.")).isEmpty();
        assertThat(Detection.summary(article().site("harbourdaily.example")
                .body("A TNS poll found that most residents back the plan. " + LEAD, SECOND))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "By Jane Roe, The Valmere Star (TNS); wire_credit:tns",
        "By Jane Roe, Associated Press (TNS); wire_credit:tns",
        "By Jane Roe (AFP); wire_credit:afp",
    })
    void anAgencyInBracketsClosingTheByline(String byline, String expected) {
        assertThat(Detection.summary(article().site("harbourdaily.example").byline(byline).body(LEAD, SECOND)))
                .contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"By Jane Roe (Valmere)", "By Jane Roe (2024)", "By Jane Roe (TNS poll)"})
    void otherBracketsClosingTheBylineCreditNoOne(String byline) {
        assertThat(Detection.summary(article().site("harbourdaily.example").byline(byline).body(LEAD, SECOND)))
                .isEmpty();
    }

    private static ExtractedArticle extracted(String byline) {
        String html = "<html><head><title>Channel to be dredged</title></head><body><article>"
                + "<h1>Channel to be dredged</h1>" + byline + StructureCreditsTest.STORY + "</article></body></html>";
        return new JsoupArticleExtractor().fromHtml(html, "https://harbourdaily.example/news/dredging");
    }

    private static List<String> page(String byline) {
        return Detection.DETECTOR.detect(extracted(byline)).stream().map(Detection::summary).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "<div class=\"byline\">Posted: Jan 5, 2024 / 10:15 AM EST Updated: Jan 5, 2024 / 11:15 AM EST</div>"
                + "<div class=\"author\">by: The Associated Press</div>; wire_credit:ap",
        "<div class=\"byline\">Associated Press | Posted - January 5, 2024 10:15am</div>; wire_credit:ap",
        "<div class=\"byline\">Posted Jan 5, 2024 by Jane Roe, AFP</div>; wire_credit:afp",
    })
    void aPostedTimeStampIsNoByline(String byline, String expected) {
        assertThat(page(byline)).containsExactly(expected);
    }

    @Test
    void aPostedTimeStampAboveTheSitesOwnWriterCreditsNoOne() {
        String byline = "<div class=\"byline\">Posted: Jan 5, 2024 / 10:15 AM EST</div><div class=\"author\">by: Jane Roe"
                + "</div>";
        ExtractedArticle x = extracted(byline);
        assertThat(x.byline()).doesNotStartWith("Posted");
        assertThat(Detection.DETECTOR.detect(x)).isEmpty();
    }
}
