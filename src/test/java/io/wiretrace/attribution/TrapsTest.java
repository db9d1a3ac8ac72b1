package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that name outlets without crediting them as the source of the text: none may produce an attribution. */
class TrapsTest {

    private static final String LEAD = "The regional council voted on Wednesday to extend the night-bus service for "
            + "another two years, after a long debate about its cost.";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Copyright © ČTK, DPA, Reuters a fotobanka Profimedia",
        "Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved.",
        "Jane Doe previously worked for the Associated Press and Bloomberg News.",
        "She has written for Science News, Wired.com and The New York Times.",
        "Veröffentlichung mit freundlicher Genehmigung von krone.at",
        "Market data provided by a financial data vendor",
        "The Times does not append comment threads to stories from wire services such as the Associated Press or Reuters.",
        "Asked by Fox News whether he would run, the senator declined to answer.",
        "Prétexte - Belga",
        "Fotó: Jane Doe / MTI",
        "Bild: AFP/SID/John Doe",
        "Photograph: John Doe/AFP/Getty Images",
        "Credit Jane Doe/Agence France-Presse — Getty Images",
        "Republishing guidelines",
        "Reprints and permissions",
        "Original content available for non-commercial use under a Creative Commons license, except where noted.",
        "More from The Guardian",
        "Read more: Reuters investigates the supply chain",
        "Follow AFP on Twitter",
        "BUSINESS WIRE: A press release about a new product launch.",
        "sem ser citada a fonte",
        "The report was first published on our website last year.",
    })
    void noAttribution(String line) {
        assertThat(Detection.summary(article().body(LEAD, "A second paragraph of the story.", line, "The end.")))
                .isEmpty();
        assertThat(Detection.summary(article().body(LEAD, "A second paragraph of the story.", line))).as("as last line")
                .isEmpty();
        assertThat(Detection.summary(article().body(line, LEAD))).as("as first line").isEmpty();
    }
}
