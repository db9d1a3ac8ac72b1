package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineRuleTest {

    private static final String REST = " Officials announced a new budget plan on Tuesday after weeks of talks.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "WASHINGTON (Reuters) -                     | reuters",
        "NEW YORK (CNN Business) —                  | cnn",
        "PARIS (AFP) -                              | afp",
        "(AP) —                                     | ap",
        "SPRINGFIELD, Ill. (AP) —                   | ap",
        "(EFE).-                                    | efe",
        "Madrid, 3 mar (EFE).-                      | efe",
        "Buenos Aires, Jun 11 (efe-epa).-           | efe",
        "Hamburg (dpa) -                            | dpa",
        "Köln/Bonn (dpa) –                          | dpa",
        "Mainz (KNA/kb).                            | kna",
        "Rom (APA) -                                | apa",
        "Lisboa, 12 abr (Lusa) -                    | lusa",
        "New Delhi, Oct 30 (PTI)                    | pti",
        "TOKYO (Kyodo) --                           | kyodo",
        "SEOUL, May 2 (Yonhap) --                   | yonhap",
        "ROMA (ANSA) -                              | ansa",
        "MOSCOW (TASS) -                            | tass",
        "ANKARA (AA) -                              | anadolu",
        "OTTAWA (CP) —                              | cp",
        "(CNN) —                                    | cnn",
    })
    void findsWireDatelinesOpeningTheBody(String dateline, String agency) {
        assertThat(Detection.summary(article().body(dateline + REST, "Second paragraph.")))
                .contains("dateline:" + agency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "WASHINGTON — Officials announced a new plan.",
        "The company (AP) said on Tuesday it would expand.",
        "PARIS (UPDATED) - Officials announced a new plan.",
        "Senator Jane Roe (D) — who chairs the panel — said no.",
        "Retiro AFP 2022: cuándo se cobra y quiénes acceden.",
    })
    void ignoresOpeningsThatAreNotWireDatelines(String opening) {
        assertThat(Detection.summary(article().body(opening, "More text follows here."))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void ignoresDatelinesOfTeasersFurtherDown() {
        var page = article().body("LONDON — Our own reporter writes the lead.", "Second.", "Third.", "Fourth.",
                "Fifth.", "Sixth.", "Related: NEW YORK (AP) — A different story starts here.",
                "BERLIN (Reuters) - Another teaser of another story.");
        assertThat(Detection.summary(page)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void evidenceIsTheDatelineWithOffsets() {
        var found = Detection.detect(article().body("Intro line.", "PARIS (AFP) - The strike continued."));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.evidence().text()).isEqualTo("PARIS (AFP) -");
            assertThat(a.evidence().location()).isEqualTo("dateline");
            assertThat(a.evidence().start()).isEqualTo("Intro line.\n\n".length());
        });
    }

    @Test
    void aDatelineBelowBreadcrumbLinesStillOpensTheStory() {
        assertThat(Detection.summary(article().body("Home >", "News >", "Forex News", "Mon, Jan 14 2008, 19:53 GMT",
                "http://www.example-wire.com", "NEW YORK (AP) - Following the success of the festival, the city plans"
                        + " another exhibition on the river next summer.", "Second paragraph.")))
                .contains("dateline:ap");
    }

    @Test
    void aDatelineAfterFiveParagraphsOfProseIsATeaserOfAnotherStory() {
        String prose = "The council met again on Tuesday evening to discuss the harbour plans in detail.";
        assertThat(Detection.summary(article().body(prose, prose, prose, prose, prose,
                "NEW YORK (AP) - Another story about the stock market opens here with its own dateline today.")))
                .doesNotContain("dateline:ap");
    }
}
