package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing lines that credit where the story came from without a sentence: a newsroom alone after a dash on the last
 * line, and the site's own name signed with its partners. Invented stories on an invented site.
 */
class ClosingLineCreditsTest {

    private static final String LEAD = "The harbour board of Valmere approved on Monday a plan to dredge the northern "
            + "channel, which has silted up over the past decade and keeps the largest ships waiting for the tide.";
    private static final String SECOND = "Work is to start in the spring and last eighteen months, the board said.";

    private static Articles story(String... closing) {
        String[] paragraphs = new String[closing.length + 2];
        paragraphs[0] = LEAD;
        paragraphs[1] = SECOND;
        System.arraycopy(closing, 0, paragraphs, 2, closing.length);
        return article().site("harbourdaily.example").siteName("Harbour Daily").body(paragraphs);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "- CNN; wire_credit:cnn",
        "— Le Monde; wire_credit:lemonde",
        // an agency and the editor's initials glued to the last sentence
        "Shipping lines welcomed the decision. afp/slj; wire_credit:afp",
        "Die Reedereien begrüßten den Beschluss. dpa/gem; wire_credit:dpa",
        "Shipping lines welcomed the decision. Reuters/ab; wire_credit:reuters",
    })
    void signOffsOnTheLastLine(String line, String expected) {
        assertThat(Detection.summary(story(line))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "- Mara Quill", // a writer's sign-off
        "- Valmere Times", // a name the registry does not know
    })
    void aDashedLastLineNamingNoRegistryNewsroomCreditsNothing(String line) {
        assertThat(Detection.summary(story(line))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDashedNewsroomAboveOtherLinesIsNoSignOff() {
        assertThat(Detection.summary(story("- CNN", "Share this story", "More from the harbour"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tenders are due in January, and bids may be sent by post and/or",
        "The plan is published on the board's site under harbour/news",
    })
    void wordsJoinedBySlashesThatNameNoAgencySignNothing(String line) {
        assertThat(Detection.summary(story(line))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "(Harbour Daily with AFP, Reuters); wire_credit:afp; wire_credit:reuters",
        "Harbour Daily mit dpa; wire_credit:dpa; wire_credit:dpa",
        "Harbour Daily / Valmere Times; wire_credit:Valmere Times; wire_credit:Valmere Times",
    })
    void theSitesOwnNameSignedWithPartnersCreditsEachPartner(String line, String first, String second) {
        assertThat(Detection.summary(story(line))).contains(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Valmere Times / Port Ellen Post", // neither is the site itself
        "Harbour Daily with Mara Quill", // a person, not an outlet
        "Harbour Daily / Valmere Times, Port Ellen Post", // unknown names only alone after a slash
        "Harbour Daily/Valmere Times", // unspaced, as a picture's credit is written
    })
    void otherNameLinesCreditNothing(String line) {
        assertThat(Detection.summary(story(line))).isEmpty();
    }
}
