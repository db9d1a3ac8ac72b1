package io.wiretrace.attribution;

import static io.wiretrace.attribution.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ViaRuleTest {

    private static final String BODY = "A new phone with a folding screen went on sale on Friday at a price well above "
            + "most of its rivals.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Via The Verge                                  | theverge",
        "(via Ars Technica)                             | arstechnica",
        "[via Engadget]                                 | engadget",
        "h/t Curbed                                     | curbed",
        "H/T: Slate                                     | slate",
        "Hat tip to Curbed for the timely find.         | curbed",
        "Via gadgetnotes.io                             | gadgetnotes.io",
    })
    void readsViaCredits(String line, String target) {
        assertThat(Detection.summary(article().body(BODY, line))).contains("via:" + target);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Julien Doe/Pool via REUTERS",
        "Photo via Getty Images",
        "via Wikimedia Commons",
        "via @someone",
        "The minister spoke via video link from Geneva.",
        "The update arrives via a software download.",
        "Via Roma 12, 20121 Milano",
        "Via Harbour 4b",
    })
    void ignoresPhotoAndChannelVias(String line) {
        assertThat(Detection.summary(article().body(BODY, line))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anUnbracketedViaLineOnAnItalianPageIsAStreet() {
        assertThat(Detection.summary(article().language("it").body(BODY, "Via Garibaldi"))).isEmpty();
        assertThat(Detection.summary(article().language("it").body(BODY, "(via Harbour Notizie)")))
                .containsExactly("via:Harbour Notizie");
        assertThat(Detection.summary(article().body(BODY, "Via Harbour Notes"))).containsExactly("via:Harbour Notes");
    }
}
