package io.wiretrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewArticleTest {

    private static NewArticle at(String url, Instant firstSeen) {
        return new NewArticle("html", url, null, url, null, null, "0".repeat(64), null, null, null, null, firstSeen);
    }

    @Test
    void anArticleFromACaptureGivenNoFirstSeenTimeWasSeenWhenItWasCaptured() {
        String capture = "https://web.archive.org/web/20190315081502/https://valmeretimes.example/news/a";
        assertThat(at(capture, null).firstSeen()).isEqualTo(Instant.parse("2019-03-15T08:15:02Z"));
        Instant imported = Instant.parse("2020-01-01T00:00:00Z");
        assertThat(at(capture, imported).firstSeen()).isEqualTo(imported);
        assertThat(at("https://valmeretimes.example/news/a", null).firstSeen()).isNull();
        assertThat(at(null, null).firstSeen()).isNull();
        // a capture time still to come is no time it was seen
        assertThat(at("https://web.archive.org/web/29990101000000/https://valmeretimes.example/a", null).firstSeen()).isNull();
    }
}
